package org.openbudget.asset.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * The Kafka key {@code {department}:{year}} of asset.events and the version that orders its events. Holdings
 * dated in that year and the procurement plan of that year share the key, so the key's version — not a
 * per-table one — is what consumers compare.
 */
@Entity
@Table(name = "asset_year")
public class AssetYear extends PanacheEntityBase {

    @Id
    @Column(name = "event_key")
    public String eventKey;

    @Column(nullable = false)
    public String department;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static String key(String department, int year) {
        return department + ":" + year;
    }
}
