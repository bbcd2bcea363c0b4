using System.Net;
using System.Net.Http.Json;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.CheckIn;

public sealed class DoorAccessTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    public static TheoryData<string> Outsiders() => new() { Roles.Visitor, Roles.Prime, Roles.Supplier };

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task DoorApi_WhenSignedInWithoutDoorRole_Answers403(string role)
    {
        var scene = await DoorScene.CreateAsync(factory);
        var (_, token) = await scene.BadgeAsync();
        var email = await factory.CreateUserAsync(role);
        var outsider = await factory.SignedInAsync(email);
        var outsiderPages = await factory.SignedInPagesAsync(email);

        var answers = await CallAllAsync(scene, outsider, outsiderPages, token);

        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.Forbidden, $"{a.Name}: {a.Status}"));
    }

    [Fact]
    public async Task DoorApi_WhenAnonymous_Answers401()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var (_, token) = await scene.BadgeAsync();

        var answers = await CallAllAsync(scene, factory.Anonymous(), factory.Anonymous(), token);

        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.Unauthorized, $"{a.Name}: {a.Status}"));
    }

    [Fact]
    public async Task DoorApi_WhenStaffOrOrganizer_ScansButOnlyOrganizersNameGates()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var (_, token) = await scene.BadgeAsync();

        var staffGate = await scene.Staff.PostAsJsonAsync($"/api/v1/events/{scene.EventId}/gates", new { name = "Yan Kapı" }, TestContext.Current.CancellationToken);
        var organizerScan = await scene.ScanAsync(token, client: scene.Organizer);
        var staffGates = await scene.Staff.GetAsync($"/api/v1/events/{scene.EventId}/gates", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, staffGate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, organizerScan.StatusCode);
        Assert.Equal(HttpStatusCode.OK, staffGates.StatusCode);
    }

    [Fact]
    public async Task OrganizerDoorPages_WhenStaff_Answer403()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var staffPages = await factory.SignedInPagesAsync(await factory.CreateUserAsync(Roles.Staff));

        var gates = await staffPages.GetAsync($"/organizer/events/{scene.EventId}/gates", TestContext.Current.CancellationToken);
        var counts = await staffPages.GetAsync($"/organizer/events/{scene.EventId}/door", TestContext.Current.CancellationToken);
        var countsApi = await scene.Staff.GetAsync($"/api/v1/events/{scene.EventId}/checkins/counts", TestContext.Current.CancellationToken);

        Assert.Contains("access-denied", gates.RedirectPath(), StringComparison.Ordinal);
        Assert.Contains("access-denied", counts.RedirectPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, countsApi.StatusCode);
    }

    [Fact]
    public async Task AddGate_WhenNameIsTaken_Answers409InTheUsersLanguage()
    {
        var scene = await DoorScene.CreateAsync(factory, "tr-TR");

        var again = await scene.Organizer.PostAsJsonAsync($"/api/v1/events/{scene.EventId}/gates", new { name = " Ana Giriş " }, TestContext.Current.CancellationToken);
        var empty = await scene.Organizer.PostAsJsonAsync($"/api/v1/events/{scene.EventId}/gates", new { name = "" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Bu etkinliğin Ana Giriş adlı bir kapısı zaten var.", (await again.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    private static async Task<List<(string Name, HttpStatusCode Status)>> CallAllAsync(DoorScene scene, HttpClient client, HttpClient pages, string token)
    {
        var ct = TestContext.Current.CancellationToken;
        var e = scene.EventId;
        var calls = new List<(string, Func<Task<HttpResponseMessage>>)>
        {
            ("redeem", () => scene.ScanAsync(token, client: client)),
            ("failed", () => client.GetAsync($"/api/v1/events/{e}/checkins/failed", ct)),
            ("gates", () => client.GetAsync($"/api/v1/events/{e}/gates", ct)),
            ("add gate", () => client.PostAsJsonAsync($"/api/v1/events/{e}/gates", new { name = "X" }, ct)),
            ("counts", () => client.GetAsync($"/api/v1/events/{e}/checkins/counts", ct)),
            ("offline list", () => client.GetAsync($"/api/v1/events/{e}/checkins/offline-list", ct)),
            ("scan page", () => pages.GetAsync($"/checkin/events/{e}/gates/{scene.GateId}", ct)),
        };
        foreach (var path in DoorPages(e))
        {
            calls.Add((path, () => pages.GetAsync(path, ct)));
        }
        var answers = new List<(string, HttpStatusCode)>();
        foreach (var (name, call) in calls)
        {
            var response = await call();
            // Pages send the anonymous to the sign-in page and the signed-in outsider to "access denied".
            var status = response.StatusCode == HttpStatusCode.Redirect
                ? response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal) ? HttpStatusCode.Unauthorized
                : response.Headers.Location!.OriginalString.Contains("denied", StringComparison.OrdinalIgnoreCase) ? HttpStatusCode.Forbidden
                : HttpStatusCode.Redirect
                : response.StatusCode;
            answers.Add((name, status));
        }
        return answers;
    }

    /// <summary>Every page of the door, grown with each use case.</summary>
    private static IEnumerable<string> DoorPages(Guid eventId) =>
    [
        "/checkin",
        $"/checkin/events/{eventId}",
        $"/organizer/events/{eventId}/gates",
        $"/organizer/events/{eventId}/door",
        $"/organizer/events/{eventId}/door?handler=counts",
    ];
}
