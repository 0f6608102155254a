// SPDX-License-Identifier: GPL-3.0-or-later
#include "../cli/CliProcess.h"
#include "DocumentTestCase.h"
#include "PdfText.h"

#include "documents/CaseDocumentKind.h"
#include "service/CaseService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace samordna;
using namespace documenttest;

// samordna-cli document, run as a user would: on a store file with one case.
class TestDocumentCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        const cliProcess::Run run = cliProcess::run(
            QStringList{u"--db"_s, m_db, u"--today"_s, today.toString(Qt::ISODate), u"--lang"_s, u"en"_s} + arguments,
            environment);
        return {run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err)};
    }

    void putCase(const CaseRecord &record)
    {
        auto opened = CaseService::open(m_db);
        QVERIFY2(opened.store, qPrintable(opened.error));
        const WriteResult written = opened.store->createCase(record);
        QVERIFY2(written.ok(), qPrintable(written.message));
    }

    QStringList documentAudits(const QString &caseId)
    {
        auto opened = CaseService::open(m_db, CaseService::Mode::ReadOnly);
        QStringList kinds;
        if (!opened.store)
            return kinds;
        for (const auto &entry : opened.store->auditLog(caseId).valueOr({})) {
            if (entry.action == u"document")
                kinds << entry.details;
        }
        return kinds;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"store.sqlite"_s);
        putCase(fullCase());
        CaseRecord noConsent = fullCase();
        noConsent.id = u"S-000043"_s;
        noConsent.consent = {};
        putCase(noConsent);
    }

    void writesEachKindAndAuditsIt()
    {
        for (const QString &kind : allDocumentKindCodes()) {
            const QString out = m_dir.filePath(kind + u".pdf"_s);
            const Run run = cli({u"document"_s, kind, u"--case"_s, u"S-000042"_s, u"--out"_s, out});
            QVERIFY2(run.exitCode == 0, qPrintable(kind + u": "_s + run.err));
            QVERIFY(QFile::exists(out));
            if (pdftext::available()) {
                const QString text = pdftext::textOf(out);
                QVERIFY2(text.contains(u"S-000042"_s), qPrintable(text));
                QVERIFY(text.contains(documentTitle(*documentKindFromCode(kind))));
            }
        }
        QCOMPARE(documentAudits(u"S-000042"_s), allDocumentKindCodes());
    }

    void underlagNamesCriteriaAndContact()
    {
        if (!pdftext::available())
            QSKIP("poppler-utils (pdftotext) are not installed");
        const QString out = m_dir.filePath(u"underlag.pdf"_s);
        const Run run = cli({u"document"_s, u"underlag-7434"_s, u"--case"_s, u"S-000043"_s, u"--out"_s, out});
        QCOMPARE(run.exitCode, 0);
        const QString text = pdftext::textOf(out);
        for (const auto &line :
             {u"S-000043"_s, u"2025-03-03"_s, u"29 kap. 2 § SFB"_s, u"040-34 10 00"_s, u"Written consent"_s})
            QVERIFY2(text.contains(line), qPrintable(line));
    }

    void summaryRefusedWithoutConsent()
    {
        const QString out = m_dir.filePath(u"refused.pdf"_s);
        const Run run = cli({u"document"_s, u"sammanfattning-fk"_s, u"--case"_s, u"S-000043"_s, u"--out"_s, out});
        QCOMPARE(run.exitCode, 1);
        // Qt may warn about the environment first; the error is the last line.
        const QString last = run.err.trimmed().split(u'\n').constLast();
        QVERIFY2(last.startsWith(u"error: No written consent is recorded."_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!documentAudits(u"S-000043"_s).contains(u"sammanfattning-fk"_s));
    }

    void unknownKindNamesTheKinds()
    {
        const Run run = cli(
            {u"document"_s, u"kallelse"_s, u"--case"_s, u"S-000042"_s, u"--out"_s, m_dir.filePath(u"x.pdf"_s)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"\"kallelse\""_s));
        for (const QString &kind : allDocumentKindCodes())
            QVERIFY2(run.err.contains(kind), qPrintable(run.err));
    }

    void unknownCaseAndMissingOptions()
    {
        const QString out = m_dir.filePath(u"none.pdf"_s);
        Run run = cli({u"document"_s, u"underlag-7434"_s, u"--case"_s, u"S-999999"_s, u"--out"_s, out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"S-999999"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(cli({u"document"_s, u"underlag-7434"_s, u"--out"_s, out}).exitCode, 2);
        QCOMPARE(cli({u"document"_s, u"underlag-7434"_s, u"--case"_s, u"S-000042"_s}).exitCode, 2);
    }

    void onlyTheDocumentCommandStartsAGuiPlatform()
    {
        // A platform that does not exist would abort a QGuiApplication; the
        // other commands must not need one.
        QProcessEnvironment broken = QProcessEnvironment::systemEnvironment();
        broken.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
        const Run assess = cli(
            {u"assess"_s, QStringLiteral(SAMORDNA_TEST_DATA_DIR) + u"/examples/ruta1-incomplete.json"_s}, broken);
        QVERIFY2(assess.exitCode == 0, qPrintable(assess.err));

        // Without QT_QPA_PLATFORM the document command picks offscreen itself.
        QProcessEnvironment unset = QProcessEnvironment::systemEnvironment();
        unset.remove(u"QT_QPA_PLATFORM"_s);
        unset.remove(u"DISPLAY"_s);
        unset.remove(u"WAYLAND_DISPLAY"_s);
        const Run document = cli({u"document"_s, u"rehabiliteringsplan"_s, u"--case"_s, u"S-000042"_s, u"--out"_s,
                                  m_dir.filePath(u"headless.pdf"_s)},
                                 unset);
        QVERIFY2(document.exitCode == 0, qPrintable(document.err));
    }
};

QTEST_GUILESS_MAIN(TestDocumentCli)
#include "tst_documentcli.moc"
