// SPDX-License-Identifier: MIT
#include "synthetictree.h"

#include <QDir>
#include <QFile>

namespace sig2rtm::tools {

namespace {

QByteArray javaFile(int i)
{
    QByteArray text = "package com.example.module" + QByteArray::number(i / 100) +
                      ";\n\nimport java.util.List;\n\n"
                      "public class Service" +
                      QByteArray::number(i) + " {\n";
    for (int m = 0; m < 30; ++m) {
        text += "    public int compute" + QByteArray::number(m) +
                "(List<Integer> values) {\n"
                "        int total = 0;\n        for (int v : values) { total += v * " +
                QByteArray::number(m) + "; }\n        return total;\n    }\n";
    }
    if (i % 97 == 0) {
        text += "    private io.agora.AgoraAPI api = io.agora.AgoraAPI.getInstance(null, \"appid\");\n"
                "    void presence() { api.channelJoin(\"__agora_user_online\"); }\n";
    }
    return text + "}\n";
}

QByteArray jsFile(int i)
{
    QByteArray text = "// module " + QByteArray::number(i) + "\n'use strict';\n";
    for (int m = 0; m < 40; ++m) {
        text += "function helper" + QByteArray::number(m) + "(a, b) {\n  const list = [a, b, " + QByteArray::number(m) +
                "];\n  return list.map((x) => x * 2).filter(Boolean);\n}\n";
    }
    if (i % 89 == 0) {
        text += "var signal = Signal('0123456789abcdef0123456789abcdef');\n"
                "var session = signal.login('user', '_no_need_token');\n"
                "session.onLoginSuccess = function () {\n"
                "  session.messageInstantSend('peer', { kind: 'hello', n: " +
                QByteArray::number(i) + " });\n};\n";
    }
    return text;
}

QByteArray objcFile(int i)
{
    QByteArray text = "#import <Foundation/Foundation.h>\n\n@implementation Helper" + QByteArray::number(i) + "\n";
    for (int m = 0; m < 25; ++m) {
        text += "- (NSInteger)value" + QByteArray::number(m) + " { return " + QByteArray::number(m * i) + "; }\n";
    }
    return text + "@end\n";
}

QByteArray textFile(int i)
{
    QByteArray text;
    for (int line = 0; line < 40; ++line) {
        text += "Line " + QByteArray::number(line) + " of note " + QByteArray::number(i) +
                ": nothing about messaging here, just prose to read through.\n";
    }
    return text;
}

} // namespace

bool SyntheticTree::generate(const QString& root, int files, QString* error)
{
    const QDir base(root);
    // The page that loads the legacy Web SDK makes the sprinkled Signaling calls count.
    QFile page(base.absoluteFilePath(QStringLiteral("index.html")));
    const QByteArray html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                            "<script src=\"static/AgoraSig-1.3.0.js\"></script>\n</head><body></body></html>\n";
    if (!page.open(QIODevice::WriteOnly) || page.write(html) != html.size()) {
        if (error) {
            *error = QStringLiteral("cannot write %1: %2").arg(page.fileName(), page.errorString());
        }
        return false;
    }
    page.close();
    for (int i = 0; i < files; ++i) {
        const QString folder = QStringLiteral("pkg%1/sub%2").arg(i / 400).arg((i / 40) % 10);
        if (i % 40 == 0 && !base.mkpath(folder)) {
            if (error) {
                *error = QStringLiteral("cannot create %1").arg(base.absoluteFilePath(folder));
            }
            return false;
        }
        QString name;
        QByteArray bytes;
        switch (i % 4) {
        case 0:
            name = QStringLiteral("Service%1.java").arg(i);
            bytes = javaFile(i);
            break;
        case 1:
            name = QStringLiteral("module%1.js").arg(i);
            bytes = jsFile(i);
            break;
        case 2:
            name = QStringLiteral("Helper%1.m").arg(i);
            bytes = objcFile(i);
            break;
        default:
            name = QStringLiteral("note%1.txt").arg(i);
            bytes = textFile(i);
            break;
        }
        QFile file(base.absoluteFilePath(folder + u'/' + name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            if (error) {
                *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            }
            return false;
        }
    }
    return true;
}

} // namespace sig2rtm::tools
