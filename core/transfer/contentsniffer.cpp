#include "transfer/contentsniffer.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace re {

namespace {

// Extensions whose files are stored in each container format.
const QStringList &compatibleExtensions(SniffedKind kind)
{
    static const QStringList zip = {u"zip"_s,  u"docx"_s, u"docm"_s, u"xlsx"_s, u"xlsm"_s, u"pptx"_s,
                                    u"pptm"_s, u"vsdx"_s, u"odt"_s,  u"ods"_s,  u"odp"_s,  u"epub"_s,
                                    u"jar"_s,  u"apk"_s,  u"xps"_s,  u"oxps"_s, u"nupkg"_s};
    static const QStringList pst = {u"pst"_s, u"ost"_s};
    static const QStringList ole = {u"msg"_s, u"oft"_s, u"doc"_s, u"dot"_s, u"xls"_s, u"xlt"_s,
                                    u"ppt"_s, u"pot"_s, u"vsd"_s, u"msi"_s, u"pub"_s, u"mpp"_s};
    static const QStringList none;
    switch (kind) {
    case SniffedKind::Zip:
        return zip;
    case SniffedKind::Pst:
        return pst;
    case SniffedKind::OleCompound:
        return ole;
    case SniffedKind::Unknown:
        break;
    }
    return none;
}

// The extensions our own downloads are named with before the content is known.
bool isNominalDownloadExtension(QStringView extension)
{
    for (QStringView nominal : {u"zip", u"pst", u"msg", u"bin"}) {
        if (extension.compare(nominal, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

SniffedKind sniffKind(QByteArrayView head)
{
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return SniffedKind::Zip;
    if (head.startsWith("!BDN"))
        return SniffedKind::Pst;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return SniffedKind::OleCompound;
    return SniffedKind::Unknown;
}

QString defaultExtension(SniffedKind kind)
{
    switch (kind) {
    case SniffedKind::Zip:
        return u"zip"_s;
    case SniffedKind::Pst:
        return u"pst"_s;
    case SniffedKind::OleCompound:
        return u"msg"_s;
    case SniffedKind::Unknown:
        break;
    }
    return {};
}

QString withExtensionFor(const QString &fileName, SniffedKind kind)
{
    if (kind == SniffedKind::Unknown)
        return fileName;
    const qsizetype dot = fileName.lastIndexOf(u'.');
    const bool hasExtension = dot > 0 && dot < fileName.size() - 1;
    const QString extension = hasExtension ? fileName.mid(dot + 1) : QString();
    if (hasExtension && compatibleExtensions(kind).contains(extension, Qt::CaseInsensitive))
        return fileName;
    if (hasExtension && isNominalDownloadExtension(extension))
        return fileName.left(dot + 1) + defaultExtension(kind);
    return fileName + u'.' + defaultExtension(kind);
}

} // namespace re
