package org.openbudget.performance.targets;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** 分项绩效目标 — an itemised department goal: a heading and its 绩效目标/绩效指标 paragraph pairs. */
@Entity
@Table(name = "performance_sub_goal")
public class SubGoal {

    @Id
    // ids come 50 at a time from the sequence (pooled), so a flush sends its inserts in JDBC batches (issue 16)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "performance_sub_goal_id_seq")
    @SequenceGenerator(name = "performance_sub_goal_id_seq", sequenceName = "performance_sub_goal_id_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @ElementCollection
    @CollectionTable(name = "performance_sub_goal_entry", joinColumns = @JoinColumn(name = "sub_goal_id"))
    @OrderColumn(name = "position")
    public List<GoalEntry> entries = new ArrayList<>();
}
