package org.openbudget.aggregation.document.narrative;

import org.openbudget.aggregation.document.model.Block;
import org.openbudget.aggregation.document.model.Block.Paragraph;
import org.openbudget.aggregation.document.model.Section;
import org.openbudget.aggregation.document.source.Profile;

import java.util.ArrayList;
import java.util.List;

/** 八、名词解释 — the department's glossary, numbered, each term in bold. */
public final class GlossarySection {

    static final String TITLE = "八、名词解释";

    private GlossarySection() {
    }

    public static Section build(Profile profile) {
        List<Block> blocks = new ArrayList<>();
        List<Profile.GlossaryEntry> glossary = profile.glossary();
        for (int i = 0; i < glossary.size(); i++) {
            blocks.add(new Paragraph((i + 1) + "、", glossary.get(i).term(), "：" + glossary.get(i).definition()));
        }
        if (blocks.isEmpty()) {
            blocks.add(Paragraph.of("无。"));
        }
        return new Section(TITLE, blocks);
    }
}
