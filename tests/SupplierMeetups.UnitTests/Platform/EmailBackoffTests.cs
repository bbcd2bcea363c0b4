using SupplierMeetups.Web.Platform.Email;

namespace SupplierMeetups.UnitTests.Platform;

public sealed class EmailBackoffTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(4, 240)]
    [InlineData(8, 3600)]
    [InlineData(20, 3600)]
    public void Backoff_AfterFailedAttempts_DoublesUpToAnHour(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), EmailDispatcher.Backoff(attempts));
}
