namespace SupplierMeetups.IntegrationTests.Infrastructure;

public static class Eventually
{
    /// <summary>Polls until the condition holds (background work is asynchronous); fails with the message after the timeout.</summary>
    public static async Task TrueAsync(Func<bool> condition, TimeSpan timeout, string message)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"{message} (waited {timeout.TotalSeconds:0} s)");
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
