package org.schoolshuttle.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query whose collection parameters ({@code id in ?1}) are spelled out as one parameter per value. Hibernate
 * never caches the plan of a query bound to a collection, so it translated such a query from HQL to SQL on every
 * call: a fifth of the CPU of the busiest reads under load. Spelled out, and padded to a power of two (at least
 * two) by repeating the last value, each size has a plan of its own that Hibernate caches, and only a handful of
 * sizes ever occur. Lists longer than {@link #LONGEST_SPELLED_OUT} (reports over a year of runs) stay one collection
 * parameter: they are rare, and padding them could pass PostgreSQL's limit of parameters per statement.
 */
public record Hql(String text, Map<String, Object> parameters) {

    static final int LONGEST_SPELLED_OUT = 256;
    private static final Pattern POSITIONAL = Pattern.compile("\\?(\\d+)");

    /** From HQL with positional parameters {@code ?1, ?2, ...}, bound to these values in order. */
    public static Hql of(String text, Object... values) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            named.put("p" + (i + 1), values[i]);
        }
        Matcher m = POSITIONAL.matcher(text);
        return named(m.replaceAll(":p$1"), named);
    }

    /** From HQL with named parameters. */
    public static Hql named(String text, Map<String, Object> parameters) {
        String spelled = text;
        Map<String, Object> bound = new LinkedHashMap<>();
        for (Map.Entry<String, Object> p : parameters.entrySet()) {
            if (p.getValue() instanceof Collection<?> values && !values.isEmpty() && values.size() <= LONGEST_SPELLED_OUT) {
                List<Object> padded = new ArrayList<>(values);
                // At least two: Hibernate reads "in (:one)" as a list that may come bound to a collection, and so
                // never caches its plan either.
                while (padded.size() < 2 || Integer.bitCount(padded.size()) != 1) {
                    padded.add(padded.get(padded.size() - 1));
                }
                List<String> names = new ArrayList<>();
                for (int i = 0; i < padded.size(); i++) {
                    String name = p.getKey() + "_" + i;
                    names.add(":" + name);
                    bound.put(name, padded.get(i));
                }
                spelled = spelled.replaceAll(":" + Pattern.quote(p.getKey()) + "\\b",
                        Matcher.quoteReplacement("(" + String.join(", ", names) + ")"));
            } else {
                bound.put(p.getKey(), p.getValue());
            }
        }
        return new Hql(spelled, bound);
    }

    /** For a full query ({@code select new ... from ...}) whose rows are not entities. */
    public <T> List<T> list(EntityManager em, Class<T> type) {
        TypedQuery<T> query = em.createQuery(text, type);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    public <T> List<T> list(PanacheRepositoryBase<T, ?> repository) {
        return repository.list(text, parameters);
    }

    public <T> PanacheQuery<T> find(PanacheRepositoryBase<T, ?> repository, Sort sort) {
        return repository.find(text, sort, parameters);
    }

    public long count(PanacheRepositoryBase<?, ?> repository) {
        return repository.count(text, parameters);
    }
}
