using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Badges;
using Xunit;

namespace SupplierMeetups.UnitTests.Badges;

public sealed class BadgesModuleTests
{
    [Fact]
    public void AddDocuments_WhenKeyIsConfigured_ResolvesEveryServiceAsASingleton()
    {
        using var provider = Provider(BadgeBuilders.Key(5));

        Assert.Same(provider.GetRequiredService<IBadgeDocuments>(), provider.GetRequiredService<IBadgeDocuments>());
        var tokens = provider.GetRequiredService<BadgeTokens>();
        Assert.Same(tokens, provider.GetRequiredService<BadgeTokens>());
        Assert.True(tokens.TryVerify(BadgeBuilders.TokensWithKey(5).Issue(Guid.Empty), out _));
    }

    [Fact]
    public void AddDocuments_WhenKeyIsTooShort_FailsOptionsValidation()
    {
        using var provider = Provider(BadgeBuilders.Key(5, length: 16));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BadgeTokenOptions>>().Value);
        Assert.Contains("Badges:TokenKey", error.Message);
    }

    private static ServiceProvider Provider(string key)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Badges:TokenKey"] = key })
            .Build();
        return new ServiceCollection().AddDocuments(configuration).BuildServiceProvider();
    }
}
