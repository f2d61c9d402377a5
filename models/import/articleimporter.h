#pragma once

#include "importresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Bulletin {

// Drafts a bulletin from the article it was published as (a newspaper page saved as text, a web page, a Word file):
// title, period, region, sections, key figures and every figure tied to the sentence it came from, for a person to
// review and save. The draft always passes BulletinValidator; what the article holds that became no figure is listed
// with the reason, so that a review can show what was missed.
class ArticleImporter
{
    Q_DECLARE_TR_FUNCTIONS(ArticleImporter)

public:
    static ImportResult importFile(const QString &path);
    // displayName names the data in messages and gives the draft its id; suffix as ArticleReader::readBytes takes it.
    static ImportResult importBytes(const QByteArray &bytes, const QString &displayName, const QString &suffix = {});
    // The article's text as read, with line feeds only.
    static ImportResult importText(const QString &text, const QString &displayName);
    // An id for the draft from a file name: its letters, digits, '-' and '_'.
    static QString draftId(const QString &displayName);
};

} // namespace Bulletin
