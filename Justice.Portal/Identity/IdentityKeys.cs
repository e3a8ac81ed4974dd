using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;

namespace Justice.Portal.Identity;

/// <summary>
/// The keys that sign and encrypt tokens. Production supplies certificates; otherwise an RSA key pair is made
/// once and kept as PEM in the data folder, so tokens outlive a restart and every node sharing the folder
/// accepts the tokens of the others.
/// </summary>
internal static class IdentityKeys
{
    public const string SigningKeyFile = "identity-signing.pem";
    public const string EncryptionKeyFile = "identity-encryption.pem";

    public static X509Certificate2 LoadCertificate(string path, string? password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password);

    public static RsaSecurityKey LoadOrCreate(string keysFolder, string fileName)
    {
        Directory.CreateDirectory(keysFolder);
        var path = Path.Combine(keysFolder, fileName);
        if (!File.Exists(path))
        {
            using var created = RSA.Create(2048);
            var temporary = path + $".{Guid.NewGuid():N}.tmp";
            File.WriteAllText(temporary, created.ExportPkcs8PrivateKeyPem());
            try
            {
                // Two hosts starting together on one folder: the first key written wins and both use it.
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
            }
        }
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        // A key id derived from the key itself stays the same across restarts and nodes.
        var id = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16];
        return new RsaSecurityKey(rsa) { KeyId = id };
    }
}
