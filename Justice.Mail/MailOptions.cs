namespace Justice.Mail;

public enum SmtpTlsMode { None, StartTls, Implicit }

/// <summary>
/// Configuration section <c>Mail</c> (environment <c>Mail__Smtp__Host</c>, …). With no <c>Mail:Smtp:Host</c> the
/// messages are written as <c>.eml</c> files into <c>mail-pickup/</c> under the data folder instead of being sent.
/// </summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    public SmtpOptions Smtp { get; set; } = new();
    /// <summary>Default sender, <c>address</c> or <c>Display name &lt;address&gt;</c>.</summary>
    public string From { get; set; } = "Bộ Tư pháp <no-reply@moj.gov.vn>";
    public string? ReplyTo { get; set; }
    /// <summary>The right-hand side of every Message-ID.</summary>
    public string MessageIdDomain { get; set; } = "moj.gov.vn";
    /// <summary>Attempts before a message that keeps failing temporarily becomes a dead letter.</summary>
    public int MaxAttempts { get; set; } = 8;
    /// <summary>Wait after the first temporary failure; doubled after each further one, up to <see cref="BackoffMax"/>, with jitter.</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromHours(2);
    /// <summary>
    /// Messages claimed at a time. Each batch costs a claim and a "sent" update, so small batches spend their time in
    /// the database: <c>./bench.sh mail</c> measured 0.20 of a plain MailKit loop at 50, 0.42 at 200, 0.63–0.72 at 500 and no better (0.64) at 1000.
    /// The price of a large batch: a node that dies mid-batch resends up to one batch (same Message-IDs).
    /// </summary>
    public int BatchSize { get; set; } = 500;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>
    /// How long a dispatcher holds a message it is sending. A message still in Sending after this (its node died)
    /// is sent again, with the same Message-ID.
    /// </summary>
    public TimeSpan SendingTimeout { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>
    /// Where the public portal answers (<c>Justice:PublicBaseUrl</c>, outside this section): links in mail, such as
    /// the unsubscribe link, start with it.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";
    /// <summary>
    /// How often the overdue statistics reports are looked for (the first run a minute after start); each report is
    /// reminded once, whatever the interval and the number of nodes. Zero turns the sweep off on this node.
    /// </summary>
    public TimeSpan OverdueSweepInterval { get; set; } = TimeSpan.FromDays(1);
    /// <summary>Run the background dispatcher in this host (turn off on nodes that must not send).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>
    /// Sender and Reply-To per flow, keyed by template key (<c>judicial-record.refused</c>) or by its family, the part
    /// before the first dot (<c>judicial-record</c>); for each setting the exact key wins, then the family, then
    /// <see cref="From"/> and <see cref="ReplyTo"/>.
    /// </summary>
    public Dictionary<string, MailFlowOptions> Flows { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The sender and Reply-To set for a template key, each taken from the exact key if it sets it, else from the
    /// family; null when neither is configured.
    /// </summary>
    public MailFlowOptions? FlowFor(string templateKey)
    {
        Flows.TryGetValue(templateKey, out var exact);
        var dot = templateKey.IndexOf('.');
        MailFlowOptions? family = null;
        if (dot > 0) Flows.TryGetValue(templateKey[..dot], out family);
        if (exact is null && family is null) return null;
        return new MailFlowOptions { From = exact?.From ?? family?.From, ReplyTo = exact?.ReplyTo ?? family?.ReplyTo };
    }

    /// <summary>DKIM signing of every outgoing message, when a domain, a selector and a key are configured.</summary>
    public DkimOptions Dkim { get; set; } = new();
    /// <summary>
    /// Messages per minute per recipient domain (<c>Mail:RateLimits:gmail.com = 100</c>); a domain not listed has no
    /// limit. A message over the limit stays queued and is taken again when the minute allows it.
    /// </summary>
    public Dictionary<string, int> RateLimits { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Stops the host at start on a setting that would make the dispatcher spin or never send.</summary>
    public void Validate()
    {
        string? problem = MaxAttempts < 1 ? "Mail:MaxAttempts must be at least 1"
            : BatchSize < 1 ? "Mail:BatchSize must be at least 1"
            : BackoffBase <= TimeSpan.Zero || BackoffMax < BackoffBase ? "Mail:BackoffBase must be positive and at most Mail:BackoffMax"
            : PollInterval <= TimeSpan.Zero ? "Mail:PollInterval must be positive"
            : SendingTimeout <= TimeSpan.Zero ? "Mail:SendingTimeout must be positive"
            : OverdueSweepInterval < TimeSpan.Zero ? "Mail:OverdueSweepInterval must be zero (off) or positive"
            : Smtp.Port is < 1 or > 65535 ? "Mail:Smtp:Port must be between 1 and 65535"
            : RateLimits.FirstOrDefault(r => r.Value < 1 || string.IsNullOrWhiteSpace(r.Key)) is { Key: not null } bad
                ? $"Mail:RateLimits:{bad.Key} must be at least 1 message per minute"
            : !Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https")
                ? "Justice:PublicBaseUrl must be an absolute http(s) address"
            : Flows.FirstOrDefault(f => !IsAddress(f.Value.From) || !IsAddress(f.Value.ReplyTo)) is { Key: not null } flow
                ? $"Mail:Flows:{flow.Key} has an invalid From or ReplyTo address"
            : Dkim.Problem();
        if (problem is not null) throw new InvalidOperationException(problem + ".");
    }

    private static bool IsAddress(string? value) =>
        value is null || (MimeKit.MailboxAddress.TryParse(value, out var mailbox) && mailbox.Address.Contains('@'));
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    /// <summary>Defaults by TLS mode: 25 (none), 587 (STARTTLS), 465 (implicit TLS).</summary>
    public int? Port { get; set; }
    public SmtpTlsMode UseTls { get; set; } = SmtpTlsMode.StartTls;
    public string? User { get; set; }
    public string? Password { get; set; }
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public int EffectivePort => Port ?? UseTls switch
    {
        SmtpTlsMode.Implicit => 465,
        SmtpTlsMode.StartTls => 587,
        _ => 25,
    };
}

public sealed class MailFlowOptions
{
    /// <summary><c>address</c> or <c>Display name &lt;address&gt;</c>.</summary>
    public string? From { get; set; }
    public string? ReplyTo { get; set; }
}

/// <summary>
/// <c>Mail:Dkim</c>: all three settings, or none. The key is a PEM file (PKCS#1 or PKCS#8 RSA private key); the
/// public half is published in DNS at <c>&lt;Selector&gt;._domainkey.&lt;Domain&gt;</c>.
/// </summary>
public sealed class DkimOptions
{
    public string? Domain { get; set; }
    public string? Selector { get; set; }
    public string? PrivateKeyPath { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Domain) || !string.IsNullOrWhiteSpace(Selector) || !string.IsNullOrWhiteSpace(PrivateKeyPath);

    internal string? Problem() =>
        !Enabled ? null
        : string.IsNullOrWhiteSpace(Domain) || string.IsNullOrWhiteSpace(Selector) || string.IsNullOrWhiteSpace(PrivateKeyPath)
            ? "Mail:Dkim needs Domain, Selector and PrivateKeyPath together"
        : !File.Exists(PrivateKeyPath) ? $"Mail:Dkim:PrivateKeyPath '{PrivateKeyPath}' does not exist"
        : null;
}
