using System.Security.Claims;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.UnitTests.Platform;

/// <summary>The signed-in account's id is read in one place, so that a change of claim (or of token) is one change.</summary>
public sealed class SignedInUserTests
{
    private static readonly string[] ClaimReaders = ["ClaimTypes.NameIdentifier", "UserIdClaimType", "GetUserAsync(", "GetUserId(", "\"sub\""];

    [Fact]
    public void Sources_OutsideSignedInUser_DoNotReadTheAccountIdClaim()
    {
        var web = Path.Combine(TranslationTests.RepositoryRoot(), "src", "SupplierMeetups.Web");
        var sources = Directory.EnumerateFiles(web, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && Path.GetFileName(f) != "SignedInUser.cs");

        var readers = sources.SelectMany(f => ClaimReaders.Where(File.ReadAllText(f).Contains).Select(r => $"{Path.GetRelativePath(web, f)}: {r}")).ToList();

        Assert.Empty(readers);
    }

    [Fact]
    public void IdOf_WhenTheClaimIsNotAGuid_IsNull()
    {
        var id = Guid.NewGuid();
        ClaimsPrincipal With(string value) => new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, value)], "test"));

        Assert.Equal(id, SignedInUser.IdOf(With(id.ToString())));
        Assert.Null(SignedInUser.IdOf(With("not-a-guid")));
        Assert.Null(SignedInUser.IdOf(new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
