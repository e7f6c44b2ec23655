package org.schoolshuttle.demomap;

import java.util.ArrayList;
import java.util.List;

/** OSM tags in the order they were given, so the written file does not depend on hash order. */
final class Tags {

    static final Tags NONE = new Tags(List.of());

    record Tag(String key, String value) {
    }

    private final List<Tag> entries;

    private Tags(List<Tag> entries) {
        this.entries = List.copyOf(entries);
    }

    static Tags of(String... keysAndValues) {
        List<Tag> entries = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.add(new Tag(keysAndValues[i], keysAndValues[i + 1]));
        }
        return new Tags(entries);
    }

    /** Chinese name as the default {@code name}, as OSM does in China, with both language variants. */
    static Tags named(String chinese, String english) {
        return of("name", chinese, "name:zh", chinese, "name:en", english);
    }

    Tags and(Tags more) {
        List<Tag> all = new ArrayList<>(entries);
        all.addAll(more.entries);
        return new Tags(all);
    }

    Tags and(String key, String value) {
        return and(of(key, value));
    }

    /** The value for {@code key}, or null without one. */
    String get(String key) {
        return entries.stream().filter(tag -> tag.key().equals(key)).map(Tag::value).findFirst().orElse(null);
    }

    List<Tag> entries() {
        return entries;
    }
}
