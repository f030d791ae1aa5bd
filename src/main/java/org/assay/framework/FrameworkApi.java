package org.assay.framework;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.framework.scoring.Rating;
import org.assay.framework.scoring.ScoringRules;
import org.assay.framework.document.FrameworkDiff;
import org.assay.framework.document.IndicatorSpec;
import org.assay.framework.governance.GovernanceService;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.Ids;
import org.assay.platform.InvalidArgumentException;
import org.assay.platform.MutationPayload;
import org.assay.platform.NotFoundException;
import org.assay.platform.PageInfo;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * GraphQL operations on the framework: versions, the four-tier tree, indicators, the diff between versions, an
 * indicator's history, and the operator's import, publication and discarding of drafts.
 *
 * <p>Everyone signed in reads published and retired versions; the DRAFT (the next version being prepared) is visible to
 * members and the operator only. Thin: arguments are mapped, services called, results mapped.
 */
@GraphQLApi
public class FrameworkApi {

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkEditor editor;

    @Inject
    FrameworkImporter importer;

    @Inject
    GovernanceService governance;

    @Inject
    Caller caller;

    // ---- queries ----

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("The framework version in force: the newest PUBLISHED version. New assessments use it.")
    public VersionView currentFramework() {
        return frameworks.findCurrentPublished().map(this::view).orElse(null);
    }

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("One framework version, by id or by number (e.g. \"1.0\"); give exactly one. Drafts are visible to members and the operator only (NOT_FOUND for others).")
    public VersionView frameworkVersion(@Id @Description("Version id.") String id,
                                        @Description("Version number, major.minor, e.g. \"1.0\".") String number) {
        if ((id == null) == (number == null)) {
            throw new InvalidArgumentException("give exactly one of id and number");
        }
        FrameworkVersion v = id != null ? frameworks.version(Ids.parse("id", id))
                : frameworks.byNumber(FrameworkService.parseNumber("number", number)).orElseThrow(() -> new NotFoundException("Framework version"));
        return view(visible(v));
    }

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("Framework versions, newest number first. The draft is listed for members and the operator only.")
    public FrameworkVersionConnection frameworkVersions(
            @Description("Only versions in this status.") VersionStatus status,
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after);
        PageRequest.Slice<FrameworkVersion> slice = page.slice(frameworks.list(status, seesDrafts(), page), FrameworkService::cursorOf);
        return slice.connection(views(slice.items()), FrameworkVersionConnection.FrameworkVersionEdge::new, FrameworkVersionConnection::new);
    }

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("What changed from one version to another, indicator by indicator (matched by code): added, retired, and changed "
            + "indicators with each changed field's old and new value. Works in both directions and across several versions.")
    public FrameworkDiffView frameworkDiff(
            @NonNull @Id @Description("The older version (the base of the comparison).") String fromVersionId,
            @NonNull @Id @Description("The newer version.") String toVersionId,
            @DefaultValue("EN") @Description("Language of the indicator titles and guidance in the result.") Language lang) {
        FrameworkVersion from = visible(frameworks.version(Ids.parse("fromVersionId", fromVersionId)));
        FrameworkVersion to = visible(frameworks.version(Ids.parse("toVersionId", toVersionId)));
        FrameworkService.Content a = frameworks.content(from);
        FrameworkService.Content b = frameworks.content(to);
        FrameworkDiff.Result diff = FrameworkDiff.between(a.placed(), b.placed());
        return new FrameworkDiffView(view(from), view(to), diff.essentialSetChanged(),
                diff.added().stream().map(p -> IndicatorView.of(b, b.indicator(p.spec().code()).orElseThrow(), lang)).toList(),
                diff.retired().stream().map(p -> IndicatorView.of(a, a.indicator(p.spec().code()).orElseThrow(), lang)).toList(),
                diff.changed().stream().map(c -> new ChangedIndicatorView(c.code(),
                        Language.orEnglish(c.to().spec().title(lang), c.to().spec().titleEn()),
                        c.changes().stream().map(FieldChangeView::of).toList())).toList());
    }

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("One indicator across all versions, oldest first: when it was added, changed (with the changed fields), left unchanged, "
            + "or retired. Includes the draft for members and the operator. NOT_FOUND when no version ever had this code.")
    public IndicatorHistoryView indicatorHistory(
            @NonNull @Description("The indicator's stable code, e.g. ENV-WAT-01.") String code,
            @DefaultValue("EN") @Description("Language of titles and guidance.") Language lang) {
        List<IndicatorHistoryEntryView> entries = new ArrayList<>();
        FrameworkDiff.Placed previous = null;
        for (FrameworkVersion v : frameworks.allVersions(seesDrafts())) {
            FrameworkService.Content c = frameworks.content(v);
            Optional<Indicator> i = c.indicator(code);
            if (i.isPresent()) {
                FrameworkDiff.Placed now = new FrameworkDiff.Placed(c.aspectOf(i.get()).code, c.spec(i.get()));
                List<FrameworkDiff.FieldChange> changes = previous == null ? List.of() : FrameworkDiff.changes(previous, now);
                HistoryEvent event = previous == null ? HistoryEvent.ADDED : changes.isEmpty() ? HistoryEvent.UNCHANGED : HistoryEvent.CHANGED;
                entries.add(new IndicatorHistoryEntryView(view(v), event, IndicatorView.of(c, i.get(), lang),
                        changes.stream().map(FieldChangeView::of).toList()));
                previous = now;
            } else if (previous != null) {
                entries.add(new IndicatorHistoryEntryView(view(v), HistoryEvent.RETIRED, null, List.of()));
                previous = null;
            }
        }
        if (entries.isEmpty()) {
            throw new NotFoundException("Indicator");
        }
        return new IndicatorHistoryView(code, entries);
    }

    // ---- fields of FrameworkVersion ----

    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("The four-tier tree: themes → topics → aspects → indicators, in framework order. With a filter, only matching "
            + "indicators are listed and themes, topics and aspects left without any are left out.")
    public List<ThemeView> themes(@Source VersionView version,
                                  @DefaultValue("EN") @Description("Language of titles and guidance (English where a translation is missing).") Language lang,
                                  @Description("Which indicators to include; all when omitted.") IndicatorFilter filter) {
        FrameworkService.Content c = frameworks.content(frameworks.version(UUID.fromString(version.id())));
        IndicatorCriteria criteria = IndicatorFilter.criteria(filter);
        List<ThemeView> themes = new ArrayList<>();
        for (FrameworkNode t : c.themes) {
            List<TopicView> topics = new ArrayList<>();
            for (FrameworkNode tp : c.children(t)) {
                List<AspectView> aspects = new ArrayList<>();
                for (FrameworkNode a : c.children(tp)) {
                    List<IndicatorView> indicators = c.indicators(a).stream()
                            .filter(i -> criteria.matches(i.themeCode, c.spec(i)))
                            .map(i -> IndicatorView.of(c, i, lang)).toList();
                    if (!indicators.isEmpty() || criteria.isEmpty()) {
                        aspects.add(new AspectView(a.code, a.title(lang), indicators));
                    }
                }
                if (!aspects.isEmpty() || criteria.isEmpty()) {
                    topics.add(new TopicView(tp.code, tp.title(lang), aspects));
                }
            }
            if (!topics.isEmpty() || criteria.isEmpty()) {
                themes.add(new ThemeView(t.code, t.title(lang), t.weight, topics));
            }
        }
        return themes;
    }

    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("The indicators as a flat list in framework order, filtered and paged.")
    public IndicatorConnection indicators(@Source VersionView version,
                                          @DefaultValue("EN") @Description("Language of titles and guidance (English where a translation is missing).") Language lang,
                                          @Description("Which indicators to include; all when omitted.") IndicatorFilter filter,
                                          @Description("Page size, 1–100.") @DefaultValue("100") Integer first,
                                          @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after);
        int from = 0;
        if (page.hasCursor()) {
            from = page.intValue(0) + 1;
        }
        int start = from;
        FrameworkService.Content c = frameworks.content(frameworks.version(UUID.fromString(version.id())));
        IndicatorCriteria criteria = IndicatorFilter.criteria(filter);
        List<Indicator> matching = c.indicators.stream().filter(i -> i.position >= start)
                .filter(i -> criteria.matches(i.themeCode, c.spec(i))).limit(page.first() + 1L).toList();
        PageRequest.Slice<Indicator> slice = page.slice(matching, i -> PageRequest.encode(Integer.toString(i.position)));
        return slice.connection(i -> IndicatorView.of(c, i, lang), IndicatorConnection.IndicatorEdge::new, IndicatorConnection::new);
    }

    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("One indicator of this version by its code; null when this version has no such indicator.")
    public IndicatorView indicator(@Source VersionView version,
                                   @NonNull @Description("Indicator code, e.g. GOV-POL-01.") String code,
                                   @DefaultValue("EN") @Description("Language of title and guidance (English where a translation is missing).") Language lang) {
        FrameworkService.Content c = frameworks.content(frameworks.version(UUID.fromString(version.id())));
        return c.indicator(code).map(i -> IndicatorView.of(c, i, lang)).orElse(null);
    }

    // ---- mutations ----

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Import a whole framework version from a JSON document (the format of the export, see docs/api/framework.md). "
            + "Validated completely: every problem is a user error whose `field` is its JSON path, e.g. "
            + "`themes[2].topics[0].aspects[1].indicators[3].answerType`; nothing is imported unless all of it is valid. The very "
            + "first version is published at once with the document's number; any later import becomes the draft (refused while "
            + "a draft exists) and gets its number when published. Operator only.")
    public ImportFrameworkPayload importFramework(@NonNull @Description("The document.") ImportFrameworkInput input) {
        governance.closeDue();
        FrameworkImporter.Imported imported = importer.importDocument(input.document, caller.subject());
        return new ImportFrameworkPayload(view(imported.version()), imported.published());
    }

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Publish the draft version. It becomes the version in force and immutable; the previously published version "
            + "is retired. Its number: a new major version (x+1.0) when the set of essential indicators changed (an essential "
            + "indicator added, retired or reclassified either way), a new minor version (x.y+1) otherwise. Operator only.")
    public PublishFrameworkPayload publishFrameworkDraft(@NonNull @Description("The draft to publish.") FrameworkVersionRefInput input) {
        governance.closeDue();
        editor.lock();
        FrameworkVersion draft = editor.requireDraft(Ids.parseInput("input.versionId", input.versionId), "input.versionId");
        FrameworkEditor.Publication p = editor.publish(draft, caller.subject());
        return new PublishFrameworkPayload(view(p.version()), p.previous() == null ? null : view(p.previous()), p.bump(),
                p.diff().added().size(), p.diff().changed().size(), p.diff().retired().size());
    }

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Delete the draft version and its content, e.g. after an import that should not be published. Refused "
            + "(HAS_ADOPTED_CHANGES) once adopted change proposals were applied to it. Operator only.")
    public FrameworkVersionPayload discardFrameworkDraft(@NonNull @Description("The draft to discard.") FrameworkVersionRefInput input) {
        governance.closeDue();
        editor.lock();
        FrameworkVersion draft = editor.requireDraft(Ids.parseInput("input.versionId", input.versionId), "input.versionId");
        VersionView before = view(draft);
        editor.discard(draft);
        return new FrameworkVersionPayload(before);
    }

    // ---- helpers ----

    boolean seesDrafts() {
        return caller.is(Role.OPERATOR) || caller.is(Role.MEMBER);
    }

    /** Drafts are NOT_FOUND for suppliers and assessors. */
    FrameworkVersion visible(FrameworkVersion v) {
        if (v.status == VersionStatus.DRAFT && !seesDrafts()) {
            throw new NotFoundException("Framework version");
        }
        return v;
    }

    VersionView view(FrameworkVersion v) {
        return views(List.of(v)).get(0);
    }

    List<VersionView> views(List<FrameworkVersion> versions) {
        Map<UUID, long[]> counts = frameworks.counts(versions.stream().map(v -> v.id).toList());
        return versions.stream().map(v -> VersionView.of(v, counts.getOrDefault(v.id, new long[2]),
                frameworks.find(v.basedOnId).map(FrameworkVersion::label).orElse(null), frameworks.scoringRulesOf(v))).toList();
    }

    // ---- types ----

    @Name("FrameworkVersion")
    @Description("One version of the jointly agreed assessment criteria: a four-tier tree of themes, topics, aspects and indicators, "
            + "with its scoring rules. Published and retired versions never change.")
    public record VersionView(
            @NonNull @Id @Description("Opaque id; assessments record the version they used.") String id,
            @NonNull @Description("Version number, major.minor, e.g. \"1.0\". For the draft: provisional, decided at publication.") String number,
            @Description("Major version number; bumped when the set of essential indicators changes.") int major,
            @Description("Minor version number.") int minor,
            @NonNull @Description("Name of the framework.") String name,
            @NonNull @Description("DRAFT (being prepared), PUBLISHED (in force) or RETIRED (superseded).") VersionStatus status,
            @Id @Description("Id of the version this one was prepared from, if any.") String basedOnVersionId,
            @Description("Number of the version this one was prepared from, if any.") String basedOnVersionNumber,
            @NonNull @Description("When the version was created (draft started or imported).") Instant createdAt,
            @Description("When it was published; null for the draft.") Instant publishedAt,
            @Description("When it was retired (superseded by a newer published version); null otherwise.") Instant retiredAt,
            @NonNull @Description("Rating bands and caps used to score assessments against this version.") ScoringRulesView scoringRules,
            @Description("Number of indicators.") int indicatorCount,
            @Description("Number of ESSENTIAL indicators.") int essentialIndicatorCount) {
        static VersionView of(FrameworkVersion v, long[] counts, String basedOnNumber, ScoringRules rules) {
            return new VersionView(v.id.toString(), v.label(), v.major, v.minor, v.name, v.status,
                    v.basedOnId == null ? null : v.basedOnId.toString(), basedOnNumber, v.createdAt, v.publishedAt, v.retiredAt,
                    ScoringRulesView.of(rules), (int) counts[0], (int) counts[1]);
        }
    }

    @Name("ScoringRules")
    @Description("How assessments against a version are rated: rating bands by overall score, then caps.")
    public record ScoringRulesView(
            @NonNull @Description("Lowest overall score (inclusive) of each rating from AAA to B; C is everything below B.") List<@NonNull RatingBandView> bands,
            @NonNull @Description("An essential indicator scoring below this (0-100) caps the rating at `essentialCap`.") BigDecimal essentialFloor,
            @NonNull @Description("Best rating possible while an essential indicator is below the floor.") Rating essentialCap,
            @NonNull @Description("Best rating possible while a critical finding is open.") Rating openCriticalCap) {
        static ScoringRulesView of(ScoringRules r) {
            return new ScoringRulesView(Arrays.stream(Rating.values()).filter(x -> x != Rating.C)
                    .map(x -> new RatingBandView(x, r.lowerBound(x))).toList(), r.essentialFloor(), r.essentialCap(), r.openCriticalCap());
        }
    }

    @Name("RatingBand")
    @Description("A rating and the lowest overall score that earns it.")
    public record RatingBandView(
            @NonNull @Description("The rating.") Rating rating,
            @NonNull @Description("Lowest overall score (0-100, inclusive) for this rating.") BigDecimal minimumScore) {
    }

    @Name("FrameworkTheme")
    @Description("Tier 1 of the framework: a broad theme, e.g. Environment. Its weight counts in the overall score.")
    public record ThemeView(
            @NonNull @Description("Stable code, e.g. ENV.") String code,
            @NonNull @Description("Title in the requested language.") String title,
            @NonNull @Description("Weight of the theme in the overall score.") BigDecimal weight,
            @NonNull @Description("Topics of the theme, in order.") List<@NonNull TopicView> topics) {
    }

    @Name("FrameworkTopic")
    @Description("Tier 2 of the framework: a topic within a theme, e.g. Water.")
    public record TopicView(
            @NonNull @Description("Stable code, e.g. ENV.WAT.") String code,
            @NonNull @Description("Title in the requested language.") String title,
            @NonNull @Description("Aspects of the topic, in order.") List<@NonNull AspectView> aspects) {
    }

    @Name("FrameworkAspect")
    @Description("Tier 3 of the framework: an aspect within a topic, e.g. Water discharge quality.")
    public record AspectView(
            @NonNull @Description("Stable code, e.g. ENV.WAT.DIS.") String code,
            @NonNull @Description("Title in the requested language.") String title,
            @NonNull @Description("Indicators of the aspect, in order.") List<@NonNull IndicatorView> indicators) {
    }

    @Name("Indicator")
    @Description("Tier 4 of the framework: what is asked and scored. Its code is stable across versions.")
    public record IndicatorView(
            @NonNull @Description("Stable code, e.g. ENV-WAT-01.") String code,
            @NonNull @Description("Code of its theme.") String themeCode,
            @NonNull @Description("Code of its topic.") String topicCode,
            @NonNull @Description("Code of its aspect.") String aspectCode,
            @NonNull @Description("Title in the requested language (English where the translation is missing).") String title,
            @NonNull @Description("Guidance for answering, in the requested language (English where the translation is missing).") String guidance,
            @Description("True when a language other than English was requested and the title or the guidance has no translation in it, so English is shown for that field.") boolean languageFallback,
            @NonNull @Description("How it is answered.") AnswerType answerType,
            @Description("Unit of a NUMBER indicator, e.g. m3/t; null for other answer types.") String unit,
            @Description("Scoring thresholds of a NUMBER indicator; null for other answer types.") ThresholdsView thresholds,
            @NonNull @Description("ESSENTIAL or OPTIONAL.") Classification classification,
            @NonNull @Description("Weight within its theme.") BigDecimal weight,
            @Description("Risk type: 1 = conflict and serious human-rights abuses (CAHRA), 2 = serious environmental, social and ethical misconduct.") int riskType,
            @NonNull @Description("Where it applies.") ApplicabilityView applicability,
            @NonNull @Description("Clauses of external standards it maps to (the crosswalk).") List<@NonNull ReferenceView> references,
            @Description("Whether answers are scored (false for TEXT and DOCUMENT).") boolean scored) {

        static IndicatorView of(FrameworkService.Content c, Indicator i, Language lang) {
            IndicatorSpec s = c.spec(i);
            FrameworkNode aspect = c.aspectOf(i);
            FrameworkNode topic = c.topicOf(i);
            return new IndicatorView(s.code(), i.themeCode, topic.code, aspect.code, Language.orEnglish(s.title(lang), s.titleEn()),
                    Language.orEnglish(s.guidance(lang), s.guidanceEn()), s.fallsBack(lang), s.answerType(), s.unit(),
                    s.thresholds() == null ? null : new ThresholdsView(s.thresholds().direction(), s.thresholds().values()),
                    s.classification(), s.weight(), s.riskType(), new ApplicabilityView(s.stages(), s.minerals(), s.cahraOnly()),
                    s.references().stream().map(r -> new ReferenceView(r.standard(), r.clause())).toList(), s.answerType().scored());
        }
    }

    @Name("NumericThresholds")
    @Description("The four scoring thresholds of a NUMBER indicator, ascending; each reached threshold is worth 25 points.")
    public record ThresholdsView(
            @NonNull @Description("Whether higher or lower values are better.") ThresholdDirection direction,
            @NonNull @Description("The four thresholds, strictly ascending.") List<@NonNull BigDecimal> values) {
    }

    @Name("Applicability")
    @Description("Where an indicator applies. Empty lists mean every stage / every mineral.")
    public record ApplicabilityView(
            @NonNull @Description("Supply-chain stages it applies to; empty = all stages.") List<@NonNull SupplyChainStage> stages,
            @NonNull @Description("Minerals it applies to; empty = all minerals.") List<@NonNull Mineral> minerals,
            @Description("Applies only to sites in a conflict-affected or high-risk area (CAHRA).") boolean cahraOnly) {
    }

    @Name("StandardReference")
    @Description("A clause of an external standard an indicator maps to.")
    public record ReferenceView(
            @NonNull @Description("The standard.") ExternalStandard standard,
            @NonNull @Description("The clause, step or disclosure, e.g. \"Step 1: Establish strong company management systems\".") String clause) {
    }

    @Name("IndicatorFilter")
    @Description("Which indicators to include. Every criterion is optional; they combine with AND.")
    public static class IndicatorFilter {
        @Description("Only indicators of this theme (code, e.g. ENV).")
        public String themeCode;
        @Description("Only ESSENTIAL or only OPTIONAL indicators.")
        public Classification classification;
        @Description("Only indicators that apply to a site at this stage (their stage list is empty or contains it).")
        public SupplyChainStage stage;
        @Description("Only indicators that apply to a site handling these minerals (their mineral list is empty or contains one of them).")
        public List<Mineral> minerals;
        @Description("Whether the site is in a CAHRA: false leaves out CAHRA-only indicators; true or omitted keeps them.")
        public Boolean inCahra;
        @Description("Only indicators referencing this external standard.")
        public ExternalStandard standard;
        @Description("Only indicators of this answer type.")
        public AnswerType answerType;
        @Description("Only indicators of this risk type (1 or 2).")
        public Integer riskType;

        static IndicatorCriteria criteria(IndicatorFilter f) {
            if (f == null) {
                return IndicatorCriteria.ALL;
            }
            return new IndicatorCriteria(f.themeCode == null || f.themeCode.isBlank() ? null : f.themeCode.strip(), f.classification,
                    f.stage, f.minerals == null ? null : new HashSet<>(f.minerals.stream().filter(Objects::nonNull).toList()),
                    f.inCahra, f.standard, f.answerType, f.riskType);
        }
    }

    @Description("A page of indicators.")
    public record IndicatorConnection(
            @NonNull @Description("The indicators of this page, in framework order, each with its cursor.") List<@NonNull IndicatorEdge> edges,
            @NonNull @Description("The indicators of this page, in framework order.") List<@NonNull IndicatorView> nodes,
            @NonNull @Description("Paging information.") PageInfo pageInfo) {
        @Description("An item of a page of indicators, with its cursor.")
        public record IndicatorEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                @NonNull @Description("The item.") IndicatorView node) {
        }
    }

    @Description("A page of framework versions.")
    public record FrameworkVersionConnection(
            @NonNull @Description("The versions of this page, newest number first, each with its cursor.") List<@NonNull FrameworkVersionEdge> edges,
            @NonNull @Description("The versions of this page, newest number first.") List<@NonNull VersionView> nodes,
            @NonNull @Description("Paging information.") PageInfo pageInfo) {
        @Description("An item of a page of framework versions, with its cursor.")
        public record FrameworkVersionEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                @NonNull @Description("The item.") VersionView node) {
        }
    }

    @Name("FrameworkDiff")
    @Description("The difference between two framework versions, indicator by indicator (matched by stable code).")
    public record FrameworkDiffView(
            @NonNull @Description("The base version.") VersionView from,
            @NonNull @Description("The compared version.") VersionView to,
            @Description("Whether the set of essential indicators differs (publishing such a change makes a new major version).") boolean essentialSetChanged,
            @NonNull @Description("Indicators in `to` but not in `from`, as in `to`.") List<@NonNull IndicatorView> added,
            @NonNull @Description("Indicators in `from` but not in `to`, as they were in `from`.") List<@NonNull IndicatorView> retired,
            @NonNull @Description("Indicators in both whose definition differs, with the changed fields.") List<@NonNull ChangedIndicatorView> changed) {
    }

    @Name("ChangedIndicator")
    @Description("An indicator present in both versions whose definition differs.")
    public record ChangedIndicatorView(
            @NonNull @Description("Stable code.") String code,
            @NonNull @Description("Title (in the newer version) in the requested language.") String title,
            @NonNull @Description("The fields that differ, in document order.") List<@NonNull FieldChangeView> changes) {
    }

    @Name("FieldChange")
    @Description("One changed field of an indicator. Field names are those of the import/export document (`title.zh`, "
            + "`weight`, `applicability.stages`, `thresholds.values`, `references`, `aspect`, ...). Values are plain text for "
            + "single values and JSON for lists and references; null when absent.")
    public record FieldChangeView(
            @NonNull @Description("Field name as in the import/export document.") String field,
            @Description("Value before (in the older version).") String oldValue,
            @Description("Value after (in the newer version).") String newValue) {
        static FieldChangeView of(FrameworkDiff.FieldChange c) {
            return new FieldChangeView(c.field(), c.oldValue(), c.newValue());
        }
    }

    @Name("IndicatorHistoryEvent")
    @Description("What happened to an indicator in a version, compared with the previous version that had it.")
    public enum HistoryEvent {
        @Description("First version with this code (or back after a retirement).") ADDED,
        @Description("Its definition changed; see `changes`.") CHANGED,
        @Description("Carried over unchanged.") UNCHANGED,
        @Description("Not in this version any more.") RETIRED
    }

    @Name("IndicatorHistory")
    @Description("One indicator across all versions.")
    public record IndicatorHistoryView(
            @NonNull @Description("The indicator's stable code.") String code,
            @NonNull @Description("One entry per version from the first that had it, oldest first; versions after a retirement appear only if it comes back.") List<@NonNull IndicatorHistoryEntryView> entries) {
    }

    @Name("IndicatorHistoryEntry")
    @Description("The indicator in one version.")
    public record IndicatorHistoryEntryView(
            @NonNull @Description("The version.") VersionView version,
            @NonNull @Description("What happened in this version.") HistoryEvent event,
            @Description("The indicator as defined in this version; null when RETIRED.") IndicatorView indicator,
            @NonNull @Description("For CHANGED: the fields that changed since the previous version that had it.") List<@NonNull FieldChangeView> changes) {
    }

    @Name("ImportFrameworkInput")
    @Description("A framework version to import.")
    public static class ImportFrameworkInput {
        @NonNull
        @Description("The JSON document as a string (same format as the export; at most 5,000,000 characters).")
        public String document;
    }

    @Name("FrameworkVersionRefInput")
    @Description("Refers to one framework version.")
    public static class FrameworkVersionRefInput {
        @NonNull @Id @Description("Version id.")
        public String versionId;
    }

    @Description("Result of importing a framework version.")
    public static class ImportFrameworkPayload extends MutationPayload {
        private VersionView version;
        private boolean published;

        public ImportFrameworkPayload() {
        }

        ImportFrameworkPayload(VersionView version, boolean published) {
            this.version = version;
            this.published = published;
        }

        @Description("The imported version; null when there are user errors.")
        public VersionView getVersion() {
            return version;
        }

        @Description("True when it was published at once (the first version ever); false when it became the draft.")
        public boolean isPublished() {
            return published;
        }

        @Override
        public List<String> auditTargetIds() {
            return version == null ? List.of() : List.of(version.id());
        }
    }

    @Description("Result of publishing the draft.")
    public static class PublishFrameworkPayload extends MutationPayload {
        private VersionView version;
        private VersionView previousVersion;
        private VersionBump bump;
        private int added;
        private int changed;
        private int retired;

        public PublishFrameworkPayload() {
        }

        PublishFrameworkPayload(VersionView version, VersionView previousVersion, VersionBump bump, int added, int changed, int retired) {
            this.version = version;
            this.previousVersion = previousVersion;
            this.bump = bump;
            this.added = added;
            this.changed = changed;
            this.retired = retired;
        }

        @Description("The newly published version; null when there are user errors.")
        public VersionView getVersion() {
            return version;
        }

        @Description("The version it replaced, now RETIRED.")
        public VersionView getPreviousVersion() {
            return previousVersion;
        }

        @Description("MAJOR when the set of essential indicators changed, MINOR otherwise.")
        public VersionBump getBump() {
            return bump;
        }

        @Description("Indicators added compared with the previous version.")
        public int getAdded() {
            return added;
        }

        @Description("Indicators changed compared with the previous version.")
        public int getChanged() {
            return changed;
        }

        @Description("Indicators retired compared with the previous version.")
        public int getRetired() {
            return retired;
        }

        @Override
        public List<String> auditTargetIds() {
            List<String> ids = new ArrayList<>();
            if (version != null) ids.add(version.id());
            if (previousVersion != null) ids.add(previousVersion.id());
            return ids;
        }
    }

    @Description("Result of a mutation on a framework version.")
    public static class FrameworkVersionPayload extends MutationPayload {
        private VersionView version;

        public FrameworkVersionPayload() {
        }

        FrameworkVersionPayload(VersionView version) {
            this.version = version;
        }

        @Description("The version (as it was, for a discarded draft); null when there are user errors.")
        public VersionView getVersion() {
            return version;
        }

        @Override
        public List<String> auditTargetIds() {
            return version == null ? List.of() : List.of(version.id());
        }
    }
}
