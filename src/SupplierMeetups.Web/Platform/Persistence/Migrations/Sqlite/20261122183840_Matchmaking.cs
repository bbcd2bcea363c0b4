using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierMeetups.Web.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Matchmaking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "matchmaking_Availabilities",
                columns: table => new
                {
                    ParticipationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnavailableSlots = table.Column<string>(type: "TEXT", nullable: false),
                    DesksAtOnce = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_Availabilities", x => x.ParticipationId);
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_MeetingRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrimeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PreferredSlot = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Slot = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Table = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    UnscheduledReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedSlot = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PublishedTable = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_MeetingRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_Outcomes",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Held = table.Column<bool>(type: "INTEGER", nullable: false),
                    Nda = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestForQuotation = table.Column<bool>(type: "INTEGER", nullable: false),
                    SiteVisit = table.Column<bool>(type: "INTEGER", nullable: false),
                    PortalRegistration = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_Outcomes", x => new { x.RequestId, x.ParticipationId });
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_PrimeDesks",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TableCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PrimeId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_PrimeDesks", x => new { x.EventId, x.TableCode });
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_Schedules",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DraftedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    Gaps = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_Schedules", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_Settings",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestDeadline = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpiryHours = table.Column<int>(type: "INTEGER", nullable: false),
                    QuotaPerParticipant = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_Settings", x => x.EventId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_Availabilities_EventId",
                table: "matchmaking_Availabilities",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_MeetingRequests_EventId_PrimeId",
                table: "matchmaking_MeetingRequests",
                columns: new[] { "EventId", "PrimeId" });

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_MeetingRequests_EventId_Status",
                table: "matchmaking_MeetingRequests",
                columns: new[] { "EventId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_MeetingRequests_EventId_SupplierId",
                table: "matchmaking_MeetingRequests",
                columns: new[] { "EventId", "SupplierId" });

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_Outcomes_EventId",
                table: "matchmaking_Outcomes",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_PrimeDesks_PrimeId",
                table: "matchmaking_PrimeDesks",
                column: "PrimeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "matchmaking_Availabilities");

            migrationBuilder.DropTable(
                name: "matchmaking_MeetingRequests");

            migrationBuilder.DropTable(
                name: "matchmaking_Outcomes");

            migrationBuilder.DropTable(
                name: "matchmaking_PrimeDesks");

            migrationBuilder.DropTable(
                name: "matchmaking_Schedules");

            migrationBuilder.DropTable(
                name: "matchmaking_Settings");
        }
    }
}
