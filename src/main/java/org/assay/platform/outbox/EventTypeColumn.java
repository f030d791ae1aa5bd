package org.assay.platform.outbox;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link EventType} as its dotted wire name, so the table reads as the catalogue does. */
@Converter
public class EventTypeColumn implements AttributeConverter<EventType, String> {
    @Override
    public String convertToDatabaseColumn(EventType type) {
        return type == null ? null : type.wireName();
    }

    @Override
    public EventType convertToEntityAttribute(String name) {
        return name == null ? null : EventType.ofWireName(name).orElseThrow(() -> new IllegalStateException("unknown event type " + name));
    }
}
