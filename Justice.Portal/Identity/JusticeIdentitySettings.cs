namespace Justice.Portal.Identity;

/// <summary>The <c>Justice:Identity</c> settings of the host.</summary>
public sealed class JusticeIdentitySettings
{
    /// <summary>Serve the OpenID Connect endpoints over plain http (loopback in development and tests).</summary>
    public bool AllowHttp { get; init; }
    /// <summary>Map <c>GET /connect/whoami</c>, which echoes the caller's claims (tests and diagnostics only).</summary>
    public bool ExposeWhoAmI { get; init; }
    /// <summary>The issuer URL tokens carry; without it, the URL the request came in by.</summary>
    public Uri? Issuer { get; init; }
    public string? SigningCertificatePath { get; init; }
    public string? SigningCertificatePassword { get; init; }
    public string? EncryptionCertificatePath { get; init; }
    public string? EncryptionCertificatePassword { get; init; }

    public static JusticeIdentitySettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection("Justice:Identity");
        return new JusticeIdentitySettings
        {
            AllowHttp = section.GetValue<bool>("AllowHttp") || environment.IsDevelopment() || environment.IsEnvironment("Testing"),
            ExposeWhoAmI = section.GetValue<bool>("ExposeWhoAmI"),
            Issuer = section["Issuer"] is { Length: > 0 } issuer ? new Uri(issuer, UriKind.Absolute) : null,
            SigningCertificatePath = NullIfEmpty(section["SigningCertificatePath"]),
            SigningCertificatePassword = section["SigningCertificatePassword"],
            EncryptionCertificatePath = NullIfEmpty(section["EncryptionCertificatePath"]),
            EncryptionCertificatePassword = section["EncryptionCertificatePassword"],
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
