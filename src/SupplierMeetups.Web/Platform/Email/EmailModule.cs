using SupplierMeetups.Web.Platform.Storage;

namespace SupplierMeetups.Web.Platform.Email;

internal static class EmailModule
{
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        var options = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        if (configuration.GetValue<EmailFault?>("Email:CrashAt") is { } crashPoint)
        {
            options.Faults = point =>
            {
                if (point == crashPoint)
                {
                    Environment.FailFast($"Email:CrashAt={crashPoint}: crashing on purpose for a reliability test");
                }
            };
        }
        services.AddSingleton(options);
        services.AddSingleton<IEmailTransport>(options.Delivery == EmailDelivery.Smtp
            ? new SmtpEmailTransport(options.Smtp)
            : new PickupEmailTransport(PickupDirectory(options, storage)));
        services.AddScoped<EmailDispatcher>();
        services.AddSingleton<EmailClaimRenewal>();
        services.AddSingleton<EmailSweepGate>();
        services.AddScoped<EmailOutboxSignal>();
        services.AddScoped<EmailOutbox>();
        services.AddScoped<OutboxErasure>();
        services.AddScoped<EmailRetention>();
        services.AddScoped<Templates.EmailTemplates>();
        services.AddScoped<Operations.OutboxOperations>();
        return services;
    }

    public static string PickupDirectory(EmailOptions options, StorageOptions storage) =>
        Directory.CreateDirectory(Path.IsPathRooted(options.PickupDirectory)
            ? options.PickupDirectory
            : Path.Combine(storage.Root, options.PickupDirectory)).FullName;
}
