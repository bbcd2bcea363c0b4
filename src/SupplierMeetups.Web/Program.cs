using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.CheckIn;
using SupplierMeetups.Web.Demo;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Exhibition;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Identity.TwoFactor;
using SupplierMeetups.Web.Integrations;
using SupplierMeetups.Web.Integrations.Keys;
using SupplierMeetups.Web.Matchmaking;
using SupplierMeetups.Web.Platform;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Jobs;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Storage;
using SupplierMeetups.Web.Registration;
using SupplierMeetups.Web.Reporting;

var builder = WebApplication.CreateBuilder(args);
var storage = StorageOptions.From(builder.Configuration);
var database = DatabaseOptions.From(builder.Configuration, storage.Root);

builder.Services.AddPlatform(builder.Configuration, storage);
builder.Services.AddPersistence(database);
builder.Services.AddEmail(builder.Configuration, storage);
builder.Services.AddMessaging(builder.Configuration);
builder.Services.AddJobs(builder.Configuration, database);
builder.Services.AddIdentityModule(builder.Configuration);
builder.Services.AddEventsModule();
builder.Services.AddDocuments(builder.Configuration);
builder.Services.AddVisitorsModule();
builder.Services.AddRegistrationModule();
builder.Services.AddExhibitionModule();
builder.Services.AddMatchmakingModule(builder.Configuration);
builder.Services.AddCheckInModule(builder.Configuration);
builder.Services.AddReportingModule();
builder.Services.AddIntegrationsModule(builder.Configuration);
builder.Services.AddDemo();

var app = builder.Build();

await using (await StartupLock.AcquireAsync(database, CancellationToken.None))
{
    await app.Services.MigrateIfConfiguredAsync(app.Configuration);
    await app.Services.SeedAsync();
}

app.UsePlatform(afterAuthentication: a =>
{
    a.UseTwoFactorEnrolmentGate();
    SupplierMeetups.Web.CheckIn.Kiosk.KioskConfinement.UseKioskConfinement(a);
    a.UseApiKeyGate();
});
app.UseJobsDashboard();
app.MapPlatform();
app.MapLanguageSwitch();

app.Run();

public partial class Program;
