using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierMeetups.Web.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Matchmaking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "matchmaking");

            migrationBuilder.CreateTable(
                name: "Availabilities",
                schema: "matchmaking",
                columns: table => new
                {
                    ParticipationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnavailableSlots = table.Column<List<string>>(type: "text[]", nullable: false),
                    DesksAtOnce = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Availabilities", x => x.ParticipationId);
                });

            migrationBuilder.CreateTable(
                name: "MeetingRequests",
                schema: "matchmaking",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    PrimeId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupplierId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PreferredSlot = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DeclineReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Slot = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Table = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    UnscheduledReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PublishedSlot = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    PublishedTable = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outcomes",
                schema: "matchmaking",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Held = table.Column<bool>(type: "boolean", nullable: false),
                    Nda = table.Column<bool>(type: "boolean", nullable: false),
                    RequestForQuotation = table.Column<bool>(type: "boolean", nullable: false),
                    SiteVisit = table.Column<bool>(type: "boolean", nullable: false),
                    PortalRegistration = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outcomes", x => new { x.RequestId, x.ParticipationId });
                });

            migrationBuilder.CreateTable(
                name: "PrimeDesks",
                schema: "matchmaking",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    TableCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PrimeId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrimeDesks", x => new { x.EventId, x.TableCode });
                });

            migrationBuilder.CreateTable(
                name: "Schedules",
                schema: "matchmaking",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    DraftedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Weight = table.Column<int>(type: "integer", nullable: false),
                    Gaps = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schedules", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                schema: "matchmaking",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestDeadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExpiryHours = table.Column<int>(type: "integer", nullable: false),
                    QuotaPerParticipant = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.EventId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Availabilities_EventId",
                schema: "matchmaking",
                table: "Availabilities",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_EventId_PrimeId",
                schema: "matchmaking",
                table: "MeetingRequests",
                columns: new[] { "EventId", "PrimeId" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_EventId_Status",
                schema: "matchmaking",
                table: "MeetingRequests",
                columns: new[] { "EventId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_EventId_SupplierId",
                schema: "matchmaking",
                table: "MeetingRequests",
                columns: new[] { "EventId", "SupplierId" });

            migrationBuilder.CreateIndex(
                name: "IX_Outcomes_EventId",
                schema: "matchmaking",
                table: "Outcomes",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_PrimeDesks_PrimeId",
                schema: "matchmaking",
                table: "PrimeDesks",
                column: "PrimeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Availabilities",
                schema: "matchmaking");

            migrationBuilder.DropTable(
                name: "MeetingRequests",
                schema: "matchmaking");

            migrationBuilder.DropTable(
                name: "Outcomes",
                schema: "matchmaking");

            migrationBuilder.DropTable(
                name: "PrimeDesks",
                schema: "matchmaking");

            migrationBuilder.DropTable(
                name: "Schedules",
                schema: "matchmaking");

            migrationBuilder.DropTable(
                name: "Settings",
                schema: "matchmaking");
        }
    }
}
