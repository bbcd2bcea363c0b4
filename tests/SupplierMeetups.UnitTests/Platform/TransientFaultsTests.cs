using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.UnitTests.Platform;

public sealed class TransientFaultsTests
{
    [Theory]
    [InlineData(5)] // SQLITE_BUSY
    [InlineData(6)] // SQLITE_LOCKED
    public void IsTransient_WhenSqliteIsBusyInsideAnUpdateError_IsTrue(int code) =>
        Assert.True(TransientFaults.IsTransient(new DbUpdateException("save failed", new SqliteException("database is locked", code))));

    [Fact]
    public void IsTransient_WhenSqliteRefusesAConstraint_IsFalse() =>
        Assert.False(TransientFaults.IsTransient(new SqliteException("UNIQUE constraint failed", 19)));

    [Theory]
    [InlineData("57P01")] // terminating connection due to administrator command
    [InlineData("57P03")] // the database system is starting up
    [InlineData("08006")] // connection failure
    public void IsTransient_WhenPostgresIsGoingAway_IsTrue(string sqlState) =>
        Assert.True(TransientFaults.IsTransient(new InvalidOperationException("wrapped", new PostgresException("server going away", "FATAL", "FATAL", sqlState))));

    [Fact]
    public void IsTransient_WhenPostgresRefusesAUniqueKey_IsFalse() =>
        Assert.False(TransientFaults.IsTransient(new PostgresException("duplicate key", "ERROR", "ERROR", "23505")));

    [Fact]
    public void IsTransient_WhenTheConnectionCannotBeOpened_IsTrue() =>
        Assert.True(TransientFaults.IsTransient(new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111))));

    [Fact]
    public void IsTransient_WhenTheCodeIsWrong_IsFalse() =>
        Assert.False(TransientFaults.IsTransient(new NullReferenceException()));
}
