package org.schoolshuttle.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * How request bodies are read beyond Jackson's defaults. Every string must be text: a NUL or another control
 * character (tab and line breaks aside) or half of a surrogate pair is refused naming the field, because PostgreSQL
 * cannot store a NUL and a lone surrogate is not a character at all. Dates and times must be strings as the API
 * documents them: Jackson would otherwise read {@code []} as no date, silently dropping what the client meant. No
 * list holds more than {@link #MOST_ITEMS} items: the largest the API takes is a matrix's 1,000 points, and checking
 * each of 100,000 items of a list whose length alone is wrong costs seconds.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** The reason a field of broken text is refused with. */
    public static final String NOT_TEXT = "must be plain text: no control characters or broken Unicode";
    /** The most items a list or map in a request body may hold. */
    public static final int MOST_ITEMS = 10_000;
    public static final String TOO_MANY = "must hold at most " + MOST_ITEMS + " items";

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("strict-json");
        module.addDeserializer(String.class, new Text());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                          JsonDeserializer<?> deserializer) {
                return bean.getBeanClass().getPackageName().equals("java.time") ? new FromString(deserializer) : deserializer;
            }

            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                    BeanDescription bean, JsonDeserializer<?> deserializer) {
                return new Bounded(deserializer);
            }

            @Override
            public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                                                             BeanDescription bean, JsonDeserializer<?> deserializer) {
                return new Bounded(deserializer);
            }
        });
        mapper.registerModule(module);
    }

    /** Whether the string holds a control character other than tab and line breaks, or an unpaired surrogate. */
    static boolean notText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                return true;
            }
        }
        return false;
    }

    private static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && notText(value)) {
                throw ctxt.weirdStringException(value, String.class, NOT_TEXT);
            }
            return value;
        }
    }

    /** Thrown for a list or map longer than {@link #MOST_ITEMS}; the problem names the field. */
    public static final class TooManyItems extends MismatchedInputException {

        TooManyItems(JsonParser p, Class<?> type) {
            super(p, TOO_MANY, type);
        }
    }

    private static final class Bounded extends DelegatingDeserializer {

        Bounded(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            int size = value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : 0;
            if (size > MOST_ITEMS) {
                throw new TooManyItems(p, handledType());
            }
            return value;
        }
    }

    /** A java.time value only from a JSON string ("2026-09-01", "08:00", "2026-09"). */
    private static final class FromString extends DelegatingDeserializer {

        FromString(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new FromString(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            return super.deserialize(p, ctxt);
        }
    }
}
