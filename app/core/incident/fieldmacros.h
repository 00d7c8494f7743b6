// The accessors of a field table (fields.h) are generated from the member they touch; a macro keeps each
// field to one line. Only .cpp files that declare field tables include it.
#pragma once

#include "enumkeys.h"
#include "fields.h"

#define BD_TEXT(T, key, path, m, limit, label)                                                               \
    FieldSpec<T>                                                                                             \
    {                                                                                                        \
        key, path, FieldType::Text, [](const T& o) { return QVariant(o.m); },                                \
            [](T& o, const QVariant& v) { o.m = v.toString(); }, {}, limit, false, label                     \
    }
#define BD_BOOL(T, key, path, m)                                                                             \
    FieldSpec<T>                                                                                             \
    {                                                                                                        \
        key, path, FieldType::Bool, [](const T& o) { return QVariant(o.m); },                                \
            [](T& o, const QVariant& v) { o.m = v.toBool(); }                                                \
    }
#define BD_DATE(T, key, path, m)                                                                             \
    FieldSpec<T>                                                                                             \
    {                                                                                                        \
        key, path, FieldType::Date, [](const T& o) { return QVariant(o.m); },                                \
            [](T& o, const QVariant& v) { o.m = v.toDate(); }                                                \
    }
#define BD_DATETIME(T, key, path, m)                                                                         \
    FieldSpec<T>                                                                                             \
    {                                                                                                        \
        key, path, FieldType::DateTime, [](const T& o) { return QVariant(o.m); },                            \
            [](T& o, const QVariant& v) { o.m = v.toDateTime(); }                                            \
    }
#define BD_ENUM(T, key, path, m, E, keys)                                                                    \
    FieldSpec<T>                                                                                             \
    {                                                                                                        \
        key, path, FieldType::Enum, [](const T& o) { return QVariant(toKey(o.m)); },                         \
            [](T& o, const QVariant& v) {                                                                    \
                E e{};                                                                                       \
                if (fromKey(v.toString(), &e))                                                               \
                    o.m = e;                                                                                 \
            },                                                                                               \
            keys                                                                                             \
    }
