#include "connectdialog.h"

#include "ui_connectdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>

namespace {

constexpr int DefaultPort = 5432;
// libpq's sslmode values, in the order the list offers them.
const char *const SslModes[] = {"verify-full", "verify-ca", "require", "prefer"};

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Connect to Server"));
    m_ui->tlsCombo->addItems({tr("Encrypted, the server's certificate and name checked"),
                              tr("Encrypted, the server's certificate checked"),
                              tr("Encrypted, nothing checked"),
                              tr("Encrypted if the server offers it (trusted networks only)")});
    m_ui->userEdit->setPlaceholderText(tr("Your login name if left empty"));
    m_ui->caEdit->setPlaceholderText(tr("The system's, or PGSSLROOTCERT's, if left empty"));
    m_ui->caButton->setAccessibleName(tr("Choose the certificate authority file"));
    m_connect = m_ui->buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->caButton, &QPushButton::clicked, this, &ConnectDialog::chooseCertificateAuthority);
    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit, m_ui->caEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::update);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectDialog::update);
    connect(m_ui->tlsCombo, &QComboBox::currentIndexChanged, this, &ConnectDialog::update);
    update();
}

ConnectDialog::~ConnectDialog() = default;

NotebookLocation ConnectDialog::location() const
{
    const QString host = m_ui->hostEdit->text().trimmed();
    const QString database = m_ui->databaseEdit->text().trimmed();
    if (host.isEmpty() || database.isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (m_ui->portSpin->value() != DefaultPort)
        url.setPort(m_ui->portSpin->value());
    url.setUserName(m_ui->userEdit->text().trimmed());
    url.setPath(u'/' + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), QLatin1String(SslModes[qMax(0, m_ui->tlsCombo->currentIndex())]));
    const QString authority = m_ui->caEdit->text().trimmed();
    if (!authority.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), QDir::fromNativeSeparators(authority));
    url.setQuery(query);
    // Through the text form: the same rules as a location typed or passed.
    return NotebookLocation::fromUserInput(url.toString(QUrl::FullyEncoded));
}

void ConnectDialog::setLocation(const NotebookLocation &location)
{
    const QUrl url = location.serverUrl();
    m_ui->hostEdit->setText(url.host());
    m_ui->portSpin->setValue(url.port(DefaultPort));
    m_ui->databaseEdit->setText(url.path().mid(1));
    m_ui->userEdit->setText(url.userName());
    const QUrlQuery query(url);
    const QString mode = query.queryItemValue(QStringLiteral("sslmode"));
    for (int i = 0; i < int(std::size(SslModes)); ++i) {
        if (mode == QLatin1String(SslModes[i]))
            m_ui->tlsCombo->setCurrentIndex(i);
    }
    m_ui->caEdit->setText(QDir::toNativeSeparators(query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded)));
}

void ConnectDialog::update()
{
    const NotebookLocation where = location();
    m_connect->setEnabled(!where.isNull());
    m_ui->locationLabel->setText(where.isNull() ? tr("Give the server and the database.")
                                                : tr("Listed in Open Recent as %1").arg(where.toString()));
    // A certificate authority only matters where the certificate is checked.
    const bool checked = m_ui->tlsCombo->currentIndex() <= 1;
    m_ui->caEdit->setEnabled(checked);
    m_ui->caButton->setEnabled(checked);
}

void ConnectDialog::chooseCertificateAuthority()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Certificate Authority"), m_ui->caEdit->text(),
                                                      tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caEdit->setText(QDir::toNativeSeparators(file));
}
