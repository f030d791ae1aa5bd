package org.assay.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** A theme, topic or aspect of a framework version (tiers 1–3). */
@Entity
@Table(name = "framework_node")
public class FrameworkNode extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "version_id", nullable = false)
    public UUID versionId;
    @Column(name = "parent_id")
    public UUID parentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NodeTier tier;
    @Column(nullable = false)
    public String code;
    @Column(name = "title_en", nullable = false)
    public String titleEn;
    @Column(name = "title_zh", nullable = false)
    public String titleZh;
    /** Theme weight in the overall score (1 for topics and aspects). */
    @Column(nullable = false)
    public BigDecimal weight;
    @Column(nullable = false)
    public int position;
}
