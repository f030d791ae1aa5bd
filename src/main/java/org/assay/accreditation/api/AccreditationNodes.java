package org.assay.accreditation.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.accreditation.AccreditationService;
import org.assay.platform.Clock;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code node(id:)} for accreditations: the rule of {@code accreditations} (operator: any; an assessment body: its own; nobody else), one statement. */
@ApplicationScoped
public class AccreditationNodes implements NodeResolver {

    @Inject
    AccreditationService service;

    @Inject
    Clock clock;

    @Override
    public NodeType type() {
        return AccreditationView.TYPE;
    }

    @Override
    public Map<UUID, AccreditationView> visible(Collection<UUID> ids) {
        LocalDate today = clock.today();
        return service.accreditationsById(ids).stream()
                .collect(Collectors.toMap(l -> l.accreditation().id, l -> AccreditationView.of(l, today)));
    }
}
