package org.openbudget.budget.classification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One code of a year's catalog, e.g. functional 2022 2010301 行政运行 (项). */
@Entity
@Table(name = "classification_entry")
public class ClassificationEntry extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String name;

    /** 类, 款 or 项. */
    @Column(nullable = false)
    public String level;

    /** Whether the code and name were checked against real documents (see catalog/CLASSIFICATION_NOTES.md). */
    @Column(nullable = false)
    public boolean verified;

    @Embeddable
    public static class Key implements Serializable {
        @Column(nullable = false)
        public String scheme;

        @Column(name = "catalog_year", nullable = false)
        public int year;

        @Column(nullable = false)
        public String code;

        public Key() {
        }

        public Key(String scheme, int year, String code) {
            this.scheme = scheme;
            this.year = year;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.year == year && k.scheme.equals(scheme) && k.code.equals(code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scheme, year, code);
        }
    }
}
