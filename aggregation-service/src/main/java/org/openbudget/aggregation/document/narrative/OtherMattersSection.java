package org.openbudget.aggregation.document.narrative;

import org.openbudget.aggregation.document.model.Block;
import org.openbudget.aggregation.document.model.Block.Paragraph;
import org.openbudget.aggregation.document.model.Section;
import org.openbudget.aggregation.document.source.Profile;

import java.util.ArrayList;
import java.util.List;

/** 九、其他需要说明的事项 — the department's own text. */
public final class OtherMattersSection {

    static final String TITLE = "九、其他需要说明的事项";

    private OtherMattersSection() {
    }

    public static Section build(Profile profile) {
        List<Block> blocks = new ArrayList<>();
        String text = profile.otherMatters();
        if (text == null || text.isBlank()) {
            blocks.add(Paragraph.of("本部门无其他需要说明的事项。"));
        } else {
            for (String paragraph : text.split("\\R+")) {
                if (!paragraph.isBlank()) {
                    blocks.add(Paragraph.of(paragraph.strip()));
                }
            }
        }
        return new Section(TITLE, blocks);
    }
}
