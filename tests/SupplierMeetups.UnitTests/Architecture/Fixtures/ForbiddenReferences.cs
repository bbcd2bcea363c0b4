using Microsoft.EntityFrameworkCore;

// Deliberate breaches of the module rules, compiled into the test assembly under the web assembly's namespaces,
// so that the architecture tests can show they catch each kind.
namespace SupplierMeetups.Web.Registration.Fixtures
{
    public sealed class UsesALaterModule
    {
        public SupplierMeetups.Web.Matchmaking.Fixtures.MeetingFixture? Meeting { get; set; }
    }

    public sealed class RegistrationFixture
    {
        public Guid Id { get; set; }
    }
}

namespace SupplierMeetups.Web.Registration.Contracts.Fixtures
{
    public sealed record FirmFixtureApproved(Guid FirmId);
}

namespace SupplierMeetups.Web.Matchmaking.Fixtures
{
    public sealed class MeetingFixture
    {
        public Guid Id { get; set; }
    }

    public sealed class UsesAnInternalType
    {
        public SupplierMeetups.Web.Registration.Fixtures.RegistrationFixture? Firm { get; set; }
    }

    public sealed class UsesAContract
    {
        public SupplierMeetups.Web.Registration.Contracts.Fixtures.FirmFixtureApproved? Approved { get; set; }
    }

    public sealed class ReadsAnotherModulesTable(DbContext db)
    {
        public Task<int> CountAsync() => db.Set<SupplierMeetups.Web.Registration.Fixtures.RegistrationFixture>().CountAsync();
    }
}
