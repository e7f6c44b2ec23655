package org.schoolshuttle.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both languages have every word, and every word a page asks for exists: no page shows a bare key. */
class WordsTest {

    private final Words words = new Words();

    @Test
    void chineseAndEnglishHaveTheSameWords() {
        assertEquals(new TreeSet<>(words.of("en").keySet()), new TreeSet<>(words.of("zh").keySet()));
        words.of("zh").forEach((k, v) -> assertTrue(!v.isBlank(), k + " is blank in Chinese"));
    }

    @Test
    void everyWordATemplateNamesExists() throws IOException {
        Map<String, String> en = words.of("en");
        Pattern used = Pattern.compile("\\{t\\.([A-Za-z_]+)\\}");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path t : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = used.matcher(Files.readString(t));
                while (m.find()) {
                    assertTrue(en.containsKey(m.group(1)), t + " names a word that does not exist: " + m.group(1));
                }
            }
        }
    }

    @Test
    void theBrowsersFirstLanguageWeSpeakWins() {
        assertEquals("en", PageLanguage.fromBrowser("en-GB,en;q=0.9,zh-CN;q=0.5"));
        assertEquals("zh", PageLanguage.fromBrowser("fr-FR,zh-TW;q=0.8,en;q=0.5"));
        assertEquals("zh", PageLanguage.fromBrowser("fr-FR"));
        assertEquals("zh", PageLanguage.fromBrowser(null));
    }
}
