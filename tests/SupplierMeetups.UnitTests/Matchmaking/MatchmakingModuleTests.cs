using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.Web.Matchmaking;
using SupplierMeetups.Web.Matchmaking.Agendas;
using Xunit;

namespace SupplierMeetups.UnitTests.Matchmaking;

public sealed class MatchmakingModuleTests
{
    [Fact]
    public void AddMatchmakingModule_WhenCalled_RegistersTheAgendaRendererAsOneSingleton()
    {
        var services = new ServiceCollection().AddMatchmakingModule(new ConfigurationBuilder().Build());

        var registration = Assert.Single(services, s => s.ServiceType == typeof(IAgendaDocuments));
        Assert.Equal(ServiceLifetime.Singleton, registration.Lifetime);
        Assert.Equal(typeof(PdfAgendaDocuments), registration.ImplementationType);
    }
}
