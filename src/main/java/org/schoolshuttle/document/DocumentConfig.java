package org.schoolshuttle.document;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** Settings of printed documents. */
@ConfigMapping(prefix = "shuttle.documents")
public interface DocumentConfig {

    /**
     * The font printed documents are set in: a .ttf, .ttc or .otf file with TrueType outlines and Chinese glyphs.
     * When not set, the usual places of WenQuanYi Micro Hei / Zen Hei and Noto Sans CJK under /usr/share/fonts are
     * searched.
     */
    Optional<String> font();
}
