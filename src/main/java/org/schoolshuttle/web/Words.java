package org.schoolshuttle.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The words of every page in both languages, from {@code web/words_zh.properties} and
 * {@code web/words_en.properties}. Templates read them as {@code {t.key}}; WordsTest keeps the two files
 * holding the same keys, so no page shows a key instead of a word.
 */
@ApplicationScoped
public class Words {

    private final Map<String, String> zh = load("zh");
    private final Map<String, String> en = load("en");

    public Map<String, String> of(String language) {
        return "en".equals(language) ? en : zh;
    }

    public String get(String language, String key) {
        return of(language).getOrDefault(key, key);
    }

    private static Map<String, String> load(String language) {
        String name = "web/words_" + language + ".properties";
        try (InputStream in = Words.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> words = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> words.put(k, p.getProperty(k)));
            return Map.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
