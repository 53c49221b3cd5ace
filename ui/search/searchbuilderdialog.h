#pragma once

#include "search/searchcriteria.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace re::ui {

// The search builder: the common criteria (from, to, subject, date range, attachments for mail; author,
// file name, type, date range for documents) written into the server's query syntax for the user.
class SearchBuilderDialog final : public QDialog
{
    Q_OBJECT
public:
    SearchBuilderDialog(SearchCriteria::Domain domain, QWidget *parent = nullptr);

    SearchCriteria criteria() const;
    // The query the criteria make, or the reason they make none (shown in the dialog).
    Result<QString, QString> query() const { return criteria().toQuery(m_domain); }

    void accept() override;

private:
    void updatePreview();

    SearchCriteria::Domain m_domain;
    QLineEdit *m_words = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_subject = nullptr;
    QLineEdit *m_fileName = nullptr;
    QLineEdit *m_fileType = nullptr;
    QCheckBox *m_useSince = nullptr;
    QDateEdit *m_since = nullptr;
    QCheckBox *m_useUntil = nullptr;
    QDateEdit *m_until = nullptr;
    QComboBox *m_attachments = nullptr;
    QLabel *m_preview = nullptr;
};

} // namespace re::ui
