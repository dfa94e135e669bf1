package org.openbudget.aggregation.document.narrative;

import org.openbudget.aggregation.document.model.Block;
import org.openbudget.aggregation.document.model.Block.Grid;
import org.openbudget.aggregation.document.model.Block.GridCell;
import org.openbudget.aggregation.document.model.Block.Heading;
import org.openbudget.aggregation.document.model.Block.Paragraph;
import org.openbudget.disclosure.table.Numerals;
import org.openbudget.aggregation.document.model.Section;
import org.openbudget.aggregation.document.source.Profile;

import java.util.ArrayList;
import java.util.List;

/** 一、部门职责及机构设置情况 — the duties as numbered paragraphs and the units of 机构设置 as a table. */
public final class ProfileSection {

    static final String TITLE = "一、部门职责及机构设置情况";

    private ProfileSection() {
    }

    public static Section build(Profile profile) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "部门职责："));
        if (profile.duties().isEmpty()) {
            blocks.add(Paragraph.of("本部门职责尚未录入。"));
        }
        for (int i = 0; i < profile.duties().size(); i++) {
            blocks.add(new Paragraph("(" + Numerals.chinese(i + 1) + ") ", null, profile.duties().get(i)));
        }
        blocks.add(new Heading(2, "机构设置："));
        if (profile.organization() != null && !profile.organization().isBlank()) {
            for (String paragraph : profile.organization().split("\\R+")) {
                if (!paragraph.isBlank()) {
                    blocks.add(Paragraph.of(paragraph.strip()));
                }
            }
        }
        List<List<GridCell>> body = new ArrayList<>();
        for (Profile.Unit unit : profile.units()) {
            body.add(List.of(GridCell.text(unit.name()), GridCell.text(unit.nature()), GridCell.text(unit.grade()),
                    GridCell.text(unit.fundingForm())));
        }
        blocks.add(new Grid("部门机构设置情况", List.of(), 4,
                List.of(List.of(GridCell.label("单位名称"), GridCell.label("单位性质"), GridCell.label("单位规格"),
                        GridCell.label("经费保障形式"))),
                body, body.isEmpty() ? List.of("注：无所属单位信息，空表列示。") : List.of()));
        return new Section(TITLE, blocks);
    }
}
