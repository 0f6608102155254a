// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentTestCase.h"

#include "common/MessageBox.h"
#include "documents/DocumentPreview.h"
#include "service/CaseService.h"
#include "util/Clock.h"

#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace samordna;
using namespace documenttest;

// The entry points the main window calls: print preview and PDF export.
class TestDocumentPreview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseService> m_store;

    QStringList documentAudits(const QString &caseId) const
    {
        QStringList kinds;
        for (const auto &entry : m_store->auditLog(caseId).valueOr({})) {
            if (entry.action == u"document")
                kinds << entry.details;
        }
        return kinds;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Clock::setToday(today);
        auto opened = CaseService::open(m_dir.filePath(u"store.sqlite"_s));
        QVERIFY2(opened.store, qPrintable(opened.error));
        m_store = std::move(opened.store);
        QVERIFY(m_store->createCase(fullCase()).ok());
        CaseRecord noConsent = fullCase();
        noConsent.id = u"S-000043"_s;
        noConsent.consent = {};
        QVERIFY(m_store->createCase(noConsent).ok());
    }

    void cleanupTestCase() { Clock::setToday({}); }

    void previewShowsTheDocumentAndAuditsIt()
    {
        QPrintPreviewDialog *dialog = ui::showDocumentPreview(nullptr, m_store.get(), u"S-000042"_s,
                                                              CaseDocumentKind::Underlag7434);
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), u"documentPreviewDialog"_s);
        QVERIFY(dialog->windowTitle().contains(u"S-000042"_s));
        QTRY_VERIFY(dialog->isVisible());
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        QVERIFY(preview);
        // The underlag lists criteria, consent, contacts, medical documents and
        // the client's information: two pages for this case.
        QTRY_COMPARE(preview->pageCount(), 2);
        QCOMPARE(documentAudits(u"S-000042"_s), QStringList{u"underlag-7434"_s});

        QVERIFY(QDir().mkpath(QStringLiteral(SAMORDNA_SCREENSHOT_DIR)));
        QVERIFY(
            dialog->grab().save(QDir(QStringLiteral(SAMORDNA_SCREENSHOT_DIR)).filePath(u"documents_preview.png"_s)));
        QPointer<QPrintPreviewDialog> guard(dialog);
        dialog->close();
        QTRY_VERIFY(guard.isNull()); // deleted on close
    }

    void refusalIsExplainedAndNotAudited()
    {
        ui::MessageBox::takeAskedCount();
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!ui::showDocumentPreview(nullptr, m_store.get(), u"S-000043"_s, CaseDocumentKind::SammanfattningFk));
        QCOMPARE(ui::MessageBox::takeAskedCount(), 1);
        QVERIFY2(ui::MessageBox::lastText().startsWith(u"No written consent is recorded."_s),
                 qPrintable(ui::MessageBox::lastText()));
        QVERIFY(documentAudits(u"S-000043"_s).isEmpty());

        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!ui::showDocumentPreview(nullptr, m_store.get(), u"S-999999"_s, CaseDocumentKind::Underlag7434));
        QCOMPARE(ui::MessageBox::takeAskedCount(), 1);
        QVERIFY(ui::MessageBox::lastText().contains(u"S-999999"_s));
    }

    void exportWritesThePdfAndAuditsIt()
    {
        const QString path = m_dir.filePath(u"plan.pdf"_s);
        QVERIFY(
            ui::exportDocumentPdf(nullptr, m_store.get(), u"S-000042"_s, CaseDocumentKind::Rehabiliteringsplan, path));
        QVERIFY(QFileInfo(path).size() > 0);
        QVERIFY(documentAudits(u"S-000042"_s).contains(u"rehabiliteringsplan"_s));

        ui::MessageBox::takeAskedCount();
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        const QString refused = m_dir.filePath(u"summary.pdf"_s);
        QVERIFY(
            !ui::exportDocumentPdf(nullptr, m_store.get(), u"S-000043"_s, CaseDocumentKind::SammanfattningFk, refused));
        QCOMPARE(ui::MessageBox::takeAskedCount(), 1);
        QVERIFY(!QFile::exists(refused));
    }
};

QTEST_MAIN(TestDocumentPreview)
#include "tst_documentpreview.moc"
