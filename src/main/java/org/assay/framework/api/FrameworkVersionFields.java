package org.assay.framework.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.assay.framework.FrameworkNode;
import org.assay.framework.FrameworkService;
import org.assay.framework.Indicator;
import org.assay.framework.IndicatorCriteria;
import org.assay.framework.Language;
import org.assay.platform.Allow;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Fields of {@code FrameworkVersion}: the tree, the indicators, one indicator, and the version it was prepared from. */
@GraphQLApi
@Transactional
@Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
public class FrameworkVersionFields {

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkVersionReferences references;



    @Description("The four-tier tree: themes → topics → aspects → indicators, in framework order. With a filter, only matching "
            + "indicators are listed and themes, topics and aspects left without any are left out.")
    public List<ThemeView> themes(@Source VersionView version,
                                  @DefaultValue("EN") @Description("Language of titles and guidance (English where a translation is missing).") Language lang,
                                  @Description("Which indicators to include; all when omitted.") IndicatorFilter filter) {
        FrameworkService.Content c = frameworks.content(frameworks.version(version.key()));
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
        FrameworkService.Content c = frameworks.content(frameworks.version(version.key()));
        IndicatorCriteria criteria = IndicatorFilter.criteria(filter);
        List<Indicator> matching = c.indicators.stream().filter(i -> i.position >= start)
                .filter(i -> criteria.matches(i.themeCode, c.spec(i))).limit(page.first() + 1L).toList();
        PageRequest.Slice<Indicator> slice = page.slice(matching, i -> PageRequest.encode(Integer.toString(i.position)));
        return slice.connection(i -> IndicatorView.of(c, i, lang), IndicatorEdge::new, IndicatorConnection::new);
    }

    @Description("One indicator of this version by its code; null when this version has no such indicator.")
    public IndicatorView indicator(@Source VersionView version,
                                   @NonNull @Description("Indicator code, e.g. GOV-POL-01.") String code,
                                   @DefaultValue("EN") @Description("Language of title and guidance (English where a translation is missing).") Language lang) {
        FrameworkService.Content c = frameworks.content(frameworks.version(version.key()));
        return c.indicator(code).map(i -> IndicatorView.of(c, i, lang)).orElse(null);
    }

    @Description("The version this one was prepared from, if any (null also when it is not visible to you).")
    public List<VersionView> basedOnVersion(@Source List<VersionView> versions) {
        return references.resolve(versions, VersionView::basedOnKey);
    }
}
