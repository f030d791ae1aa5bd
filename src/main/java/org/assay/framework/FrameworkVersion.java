package org.assay.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** One immutable (once published) version of the jointly agreed criteria. */
@Entity
@Table(name = "framework_version")
public class FrameworkVersion extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public int major;
    @Column(nullable = false)
    public int minor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VersionStatus status;
    @Column(name = "based_on_id")
    public UUID basedOnId;
    /** JSON of the scoring rules (rating bands, essential floor, caps). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "scoring_rules", nullable = false)
    public String scoringRules;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "retired_at")
    public Instant retiredAt;

    public String label() {
        return major + "." + minor;
    }
}
