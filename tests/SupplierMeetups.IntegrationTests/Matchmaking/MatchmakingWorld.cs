using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Matchmaking;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Matchmaking;

public sealed record WorldFirm(Guid FirmId, Guid ParticipationId, string Email, string Name);

/// <summary>A small event of its own per test: one meeting day of four 20-minute slots, two shared tables and a prime desk.</summary>
public sealed record MatchmakingWorld(Guid EventId, WorldFirm Prime, WorldFirm OtherPrime, WorldFirm Supplier, WorldFirm OtherSupplier, WorldFirm Pending)
{
    public static async Task<MatchmakingWorld> CreateAsync(PlatformFactory factory)
    {
        var ct = TestContext.Current.CancellationToken;
        var theEvent = new Event
        {
            NameTr = "Test Buluşmaları", NameEn = "Test Meetings", Venue = "TÜYAP", City = "Konya",
            StartDate = new DateOnly(2030, 5, 6), EndDate = new DateOnly(2030, 5, 6),
        };
        theEvent.MeetingDays = [new MeetingDay { EventId = theEvent.Id, Date = new DateOnly(2030, 5, 6), Start = new TimeOnly(10, 0), End = new TimeOnly(11, 20), SlotMinutes = 20 }];
        theEvent.Tables = new[] { "T01", "T02", "ASE-1" }.Select(code => new MeetingTable { EventId = theEvent.Id, Code = code }).ToList();
        var firms = new List<WorldFirm>();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(theEvent);
            foreach (var (code, parent) in new[] { ("electronics", (string?)null), ("pcb-assembly", "electronics"), ("casting", null), ("cnc-machining", null) })
            {
                if (!await db.Set<Capability>().AnyAsync(c => c.Code == code, ct))
                {
                    db.Add(new Capability { Code = code, ParentCode = parent, NameTr = code, NameEn = code });
                }
            }
            await db.SaveChangesAsync(ct);
        }
        firms.Add(await FirmAsync(factory, theEvent.Id, "ASELSAN", Roles.Prime, ParticipationType.Prime, ParticipationStatus.Approved, ["electronics"]));
        firms.Add(await FirmAsync(factory, theEvent.Id, "ROKETSAN", Roles.Prime, ParticipationType.Prime, ParticipationStatus.Approved, ["casting"]));
        firms.Add(await FirmAsync(factory, theEvent.Id, "İŞBİR Elektrik", Roles.Supplier, ParticipationType.Supplier, ParticipationStatus.Approved, ["pcb-assembly"]));
        firms.Add(await FirmAsync(factory, theEvent.Id, "Işık Döküm", Roles.Supplier, ParticipationType.Exhibitor, ParticipationStatus.Approved, ["casting"]));
        firms.Add(await FirmAsync(factory, theEvent.Id, "Bekleyen Makina", Roles.Supplier, ParticipationType.Supplier, ParticipationStatus.Pending, ["cnc-machining"]));
        return new MatchmakingWorld(theEvent.Id, firms[0], firms[1], firms[2], firms[3], firms[4]);
    }

    public static async Task ChangeAsync(PlatformFactory factory, Func<AppDbContext, Task> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await change(db);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public async Task<List<MeetingRequest>> RequestsAsync(PlatformFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<MeetingRequest>().AsNoTracking().Where(r => r.EventId == EventId).ToListAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<WorldFirm> FirmAsync(PlatformFactory factory, Guid eventId, string name, string role, ParticipationType type, ParticipationStatus status, List<string> capabilities)
    {
        var email = await factory.CreateUserAsync(role, fullName: name + " İrtibat");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        var firm = new Firm { ShortName = name, LegalName = name + " A.Ş.", City = "Konya", Capabilities = capabilities };
        firm.RefreshSearchText();
        var participation = new Participation { EventId = eventId, FirmId = firm.Id, Type = type, Status = status, ContactUserId = user!.Id };
        db.AddRange(firm, participation);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new WorldFirm(firm.Id, participation.Id, email, name);
    }
}
