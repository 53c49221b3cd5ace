#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QtGlobal>

#include <gtest/gtest.h>

#include <memory>

namespace re::test {

// Attaches a QAbstractItemModelTester (Warning mode, no fetchMore of its own) to a model for the guard's
// whole life and turns every warning it reports into a GoogleTest failure (DESIGN.md §11). Declare the guard
// right after the model, so it lives exactly as long as the model does, in every test that owns a model.
// Qt 6.4's tester runs its first round of checks inside its constructor, before setUseFetchMore(false) can
// apply: attaching it calls fetchMore() once on the root (and on top-level rows a model already has).
class ModelTesterGuard
{
public:
    explicit ModelTesterGuard(QAbstractItemModel *model)
    {
        if (s_activeGuards++ == 0) // guards nest (a model and its proxy): install the handler once
            s_previousHandler = qInstallMessageHandler(&ModelTesterGuard::handleMessage);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Warning);
        m_tester->setUseFetchMore(false); // it would call fetchMore recursively and crawl the whole tree
    }
    ~ModelTesterGuard()
    {
        m_tester.reset();
        if (--s_activeGuards == 0)
            qInstallMessageHandler(s_previousHandler);
    }
    ModelTesterGuard(const ModelTesterGuard &) = delete;
    ModelTesterGuard &operator=(const ModelTesterGuard &) = delete;

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        const QByteArrayView category = context.category ? QByteArrayView(context.category) : QByteArrayView();
        const bool fromTester = category == "qt.modeltest";
        const bool fromIndexCheck = category == "qt.core.qabstractitemmodel.checkindex";
        if (type >= QtWarningMsg && (fromTester || fromIndexCheck))
            ADD_FAILURE() << "QAbstractItemModelTester: " << message.toStdString();
        if (s_previousHandler)
            s_previousHandler(type, context, message);
    }

    static inline QtMessageHandler s_previousHandler = nullptr;
    static inline int s_activeGuards = 0;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace re::test
