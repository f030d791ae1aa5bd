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

import java.math.BigDecimal;
import java.util.UUID;

/** Tier 4 of the framework: what is actually asked and scored. The code is stable across versions. */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "version_id", nullable = false)
    public UUID versionId;
    @Column(name = "aspect_id", nullable = false)
    public UUID aspectId;
    @Column(name = "theme_code", nullable = false)
    public String themeCode;
    @Column(nullable = false)
    public String code;
    @Column(name = "title_en", nullable = false)
    public String titleEn;
    @Column(name = "title_zh", nullable = false)
    public String titleZh;
    @Column(name = "guidance_en", nullable = false)
    public String guidanceEn;
    @Column(name = "guidance_zh", nullable = false)
    public String guidanceZh;
    @Column(name = "title_fr")
    public String titleFr;
    @Column(name = "title_es")
    public String titleEs;
    @Column(name = "title_pt")
    public String titlePt;
    @Column(name = "title_id")
    public String titleId;
    @Column(name = "guidance_fr")
    public String guidanceFr;
    @Column(name = "guidance_es")
    public String guidanceEs;
    @Column(name = "guidance_pt")
    public String guidancePt;
    @Column(name = "guidance_id")
    public String guidanceId;
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_type", nullable = false)
    public AnswerType answerType;
    public String unit;
    @Enumerated(EnumType.STRING)
    @Column(name = "threshold_direction")
    public ThresholdDirection thresholdDirection;
    @Column(name = "threshold_1")
    public BigDecimal threshold1;
    @Column(name = "threshold_2")
    public BigDecimal threshold2;
    @Column(name = "threshold_3")
    public BigDecimal threshold3;
    @Column(name = "threshold_4")
    public BigDecimal threshold4;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Classification classification;
    @Column(nullable = false)
    public BigDecimal weight;
    /** {@link org.assay.supplier.SupplyChainStage} names; empty = every stage. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "applicable_stages", nullable = false)
    public String[] applicableStages = new String[0];
    /** {@link org.assay.supplier.Mineral} names; empty = every mineral. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "applicable_minerals", nullable = false)
    public String[] applicableMinerals = new String[0];
    @Column(name = "cahra_only", nullable = false)
    public boolean cahraOnly;
    @Column(name = "risk_type", nullable = false)
    public short riskType;
    @Column(nullable = false)
    public int position;
}
