using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Registration;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Identity;

/// <summary>What other modules may read of accounts and do to them, through Identity's contracts.</summary>
public sealed class AccountContractsTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindByEmailAsync_WhenTheAddressDiffersInCase_FindsTheAccount()
    {
        var email = await factory.CreateUserAsync(Roles.Supplier, fullName: "Ayşe Tedarikçi");

        var found = await InScopeAsync(sp => sp.GetRequiredService<IAccountQueries>().FindByEmailAsync(email.ToUpperInvariant(), Ct));

        Assert.NotNull(found);
        Assert.Equal(email, found.Email);
        Assert.Equal("Ayşe Tedarikçi", found.FullName);
        Assert.True(found.EmailConfirmed);
    }

    [Fact]
    public async Task FindManyAsync_WhenSomeIdsAreUnknown_ReturnsOnlyTheAccountsThatExist()
    {
        var first = await IdOfAsync(await factory.CreateUserAsync(Roles.Supplier));
        var second = await IdOfAsync(await factory.CreateUserAsync(Roles.Prime));

        var found = await InScopeAsync(sp => sp.GetRequiredService<IAccountQueries>().FindManyAsync([first, second, Guid.NewGuid(), first], Ct));

        Assert.Equal(new[] { first, second }.Order(), found.Keys.Order());
    }

    [Fact]
    public async Task DisableAsync_WhenCalled_RenamesLocksAndRemovesTheRoles()
    {
        var id = await IdOfAsync(await factory.CreateUserAsync(Roles.Supplier));

        await InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IAccountCommands>().DisableAsync(id, "Silinmiş kişi", $"erased-{id:N}@erased.invalid", Ct);
            return true;
        });

        var roles = await InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.GetRolesAsync((await users.FindByIdAsync(id.ToString()))!);
        });
        var account = await InScopeAsync(sp => sp.GetRequiredService<IAccountQueries>().FindAsync(id, Ct));
        Assert.Empty(roles);
        Assert.Equal("Silinmiş kişi", account!.FullName);
        Assert.Equal($"erased-{id:N}@erased.invalid", account.Email);
        Assert.False(account.EmailConfirmed);
    }

    [Fact]
    public async Task InviteAsync_WhenTheAccountHasTheRoleAlready_GrantsNothingAndSendsNoInvitation()
    {
        var email = await factory.CreateUserAsync(Roles.Prime);

        var invited = await InScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<IAccountCommands>().InviteAsync(email, "Ad Soyad", "tr", Roles.Prime, "prime-invitation", Ct);
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync(Ct);
            return result;
        });

        Assert.NotNull(invited.Account);
        Assert.False(invited.RoleGranted);
        Assert.False(await factory.WithDbAsync(db => db.Set<SupplierMeetups.Web.Platform.Email.OutgoingEmail>().AnyAsync(m => m.ToAddress == email && m.Kind == "prime-invitation", Ct)));
    }

    private Task<Guid> IdOfAsync(string email) =>
        factory.WithDbAsync(db => db.Set<AppUser>().Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
