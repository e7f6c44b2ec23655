package org.schoolshuttle.sponsor;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.common.Hql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class SponsorRepository implements PanacheRepository<Sponsor> {

    /**
     * @param villageIds the villages to list, {@code null} for all; an empty set finds nothing
     * @param kind       {@code null} for every kind
     */
    PanacheQuery<Sponsor> search(Set<Long> villageIds, Sponsor.Kind kind) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (villageIds != null) {
            // An empty "in ()" is not valid SQL everywhere; a coordinator without villages simply sees nothing.
            where.add(villageIds.isEmpty() ? "1 = 0" : "villageId in :villages");
            if (!villageIds.isEmpty()) {
                params.put("villages", villageIds);
            }
        }
        if (kind != null) {
            where.add("kind = :kind");
            params.put("kind", kind);
        }
        return Hql.named(where.isEmpty() ? "1 = 1" : String.join(" and ", where), params).find(this, Sort.by("name").and("id"));
    }
}
