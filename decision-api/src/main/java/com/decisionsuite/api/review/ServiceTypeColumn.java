package com.decisionsuite.api.review;

import com.decisionsuite.model.ServiceType;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a service type by its wire name, as the worker writes it.
 */
@Converter
class ServiceTypeColumn implements AttributeConverter<ServiceType, String> {

    @Override
    public String convertToDatabaseColumn(ServiceType type) {
        return type == null ? null : type.wireName();
    }

    @Override
    public ServiceType convertToEntityAttribute(String wireName) {
        return wireName == null ? null : ServiceType.fromWireName(wireName);
    }
}
