#pragma once

// Test-only access to the committed fixtures under tests/data (RE_TEST_DATA_DIR is set by CMake).

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QString>

#include <gtest/gtest.h>

namespace re::testdata {

inline QString path(const QString &relative)
{
    return QStringLiteral(RE_TEST_DATA_DIR) + QLatin1Char('/') + relative;
}

inline QByteArray read(const QString &relative)
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot open test data " << path(relative).toStdString();
        return {};
    }
    return file.readAll();
}

// Fails the current test when the fixture is missing or not valid JSON.
inline QJsonDocument json(const QString &relative)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(read(relative), &error);
    if (error.error != QJsonParseError::NoError)
        ADD_FAILURE() << relative.toStdString() << ": " << error.errorString().toStdString();
    return doc;
}

} // namespace re::testdata
