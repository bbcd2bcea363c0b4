using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Platform.Security;

internal static class SharedKeyRing
{
    public const string ApplicationName = "SupplierMeetups";

    /// <summary>
    /// One key ring in the database for every instance, so that a cookie, a token or an identity number protected
    /// by one instance is read by the others. With <c>DataProtection:Certificate:Path</c> (a PFX, optional
    /// <c>:Password</c>) the keys are encrypted at rest with that certificate; every instance needs the same one.
    /// </summary>
    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var keys = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AppDbContext>();
        if (configuration["DataProtection:Certificate:Path"] is { Length: > 0 } path)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:Certificate:Password"],
                X509KeyStorageFlags.EphemeralKeySet);
            keys.ProtectKeysWithCertificate(certificate);
        }
        return services;
    }
}
