package org.assay.framework.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assay.framework.FrameworkAccess;
import org.assay.framework.FrameworkService;
import org.assay.framework.FrameworkVersion;
import org.assay.framework.Indicator;
import org.assay.framework.Language;
import org.assay.framework.VersionStatus;
import org.assay.framework.document.FrameworkDiff;
import org.assay.platform.Allow;
import org.assay.platform.InvalidArgumentException;
import org.assay.platform.NotFoundException;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Queries of the framework: versions, the diff between versions and an indicator's history. Everyone signed in reads
 * published and retired versions; the DRAFT is visible to members and the operator only ({@link FrameworkAccess}).
 */
@GraphQLApi
@Transactional
@Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
public class FrameworkQueries {

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkAccess access;

    @Inject
    FrameworkVersionViews views;



    @Query
    @Description("The framework version in force: the newest PUBLISHED version. New assessments use it.")
    public VersionView currentFramework() {
        return frameworks.findCurrentPublished().map(views::view).orElse(null);
    }

    @Query
    @Description("One framework version, by id or by number (e.g. \"1.0\"); give exactly one. Drafts are visible to members and the operator only (NOT_FOUND for others).")
    public VersionView frameworkVersion(@Id @Description("Version id.") String id,
                                        @Description("Version number, major.minor, e.g. \"1.0\".") String number) {
        if ((id == null) == (number == null)) {
            throw new InvalidArgumentException("give exactly one of id and number");
        }
        FrameworkVersion v = id != null ? frameworks.version(VersionView.TYPE.parse("id", id))
                : frameworks.byNumber(FrameworkService.parseNumber("number", number)).orElseThrow(() -> new NotFoundException("Framework version"));
        return views.view(access.visible(v));
    }

    @Query
    @Description("Framework versions, newest number first. The draft is listed for members and the operator only.")
    public FrameworkVersionConnection frameworkVersions(
            @Description("Only versions in this status.") VersionStatus status,
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after);
        PageRequest.Slice<FrameworkVersion> slice = page.slice(frameworks.list(status, access.seesDrafts(), page), FrameworkService::cursorOf);
        return slice.connection(views.views(slice.items()), FrameworkVersionEdge::new, FrameworkVersionConnection::new);
    }

    @Query
    @Description("What changed from one version to another, indicator by indicator (matched by code): added, retired, and changed "
            + "indicators with each changed field's old and new value. Works in both directions and across several versions.")
    public FrameworkDiffView frameworkDiff(
            @NonNull @Id @Description("The older version (the base of the comparison).") String fromVersionId,
            @NonNull @Id @Description("The newer version.") String toVersionId,
            @DefaultValue("EN") @Description("Language of the indicator titles and guidance in the result.") Language lang) {
        FrameworkVersion from = access.visible(frameworks.version(VersionView.TYPE.parse("fromVersionId", fromVersionId)));
        FrameworkVersion to = access.visible(frameworks.version(VersionView.TYPE.parse("toVersionId", toVersionId)));
        FrameworkService.Content a = frameworks.content(from);
        FrameworkService.Content b = frameworks.content(to);
        FrameworkDiff.Result diff = FrameworkDiff.between(a.placed(), b.placed());
        return new FrameworkDiffView(views.view(from), views.view(to), diff.essentialSetChanged(),
                diff.added().stream().map(p -> IndicatorView.of(b, b.indicator(p.spec().code()).orElseThrow(), lang)).toList(),
                diff.retired().stream().map(p -> IndicatorView.of(a, a.indicator(p.spec().code()).orElseThrow(), lang)).toList(),
                diff.changed().stream().map(c -> new ChangedIndicatorView(c.code(),
                        Language.orEnglish(c.to().spec().title(lang), c.to().spec().titleEn()),
                        c.changes().stream().map(FieldChangeView::of).toList())).toList());
    }

    @Query
    @Description("One indicator across all versions, oldest first: when it was added, changed (with the changed fields), left unchanged, "
            + "or retired. Includes the draft for members and the operator. NOT_FOUND when no version ever had this code.")
    public IndicatorHistoryView indicatorHistory(
            @NonNull @Description("The indicator's stable code, e.g. ENV-WAT-01.") String code,
            @DefaultValue("EN") @Description("Language of titles and guidance.") Language lang) {
        List<IndicatorHistoryEntryView> entries = new ArrayList<>();
        FrameworkDiff.Placed previous = null;
        for (FrameworkVersion v : frameworks.allVersions(access.seesDrafts())) {
            FrameworkService.Content c = frameworks.content(v);
            Optional<Indicator> i = c.indicator(code);
            if (i.isPresent()) {
                FrameworkDiff.Placed now = new FrameworkDiff.Placed(c.aspectOf(i.get()).code, c.spec(i.get()));
                List<FrameworkDiff.FieldChange> changes = previous == null ? List.of() : FrameworkDiff.changes(previous, now);
                HistoryEvent event = previous == null ? HistoryEvent.ADDED : changes.isEmpty() ? HistoryEvent.UNCHANGED : HistoryEvent.CHANGED;
                entries.add(new IndicatorHistoryEntryView(views.view(v), event, IndicatorView.of(c, i.get(), lang),
                        changes.stream().map(FieldChangeView::of).toList()));
                previous = now;
            } else if (previous != null) {
                entries.add(new IndicatorHistoryEntryView(views.view(v), HistoryEvent.RETIRED, null, List.of()));
                previous = null;
            }
        }
        if (entries.isEmpty()) {
            throw new NotFoundException("Indicator");
        }
        return new IndicatorHistoryView(code, entries);
    }
}
