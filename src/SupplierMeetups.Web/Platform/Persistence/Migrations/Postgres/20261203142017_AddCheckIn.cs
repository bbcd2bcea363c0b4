using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierMeetups.Web.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddCheckIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "checkin");

            migrationBuilder.CreateTable(
                name: "Gates",
                schema: "checkin",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Presences",
                schema: "checkin",
                columns: table => new
                {
                    BadgeId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    BadgeType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Inside = table.Column<bool>(type: "boolean", nullable: false),
                    Entries = table.Column<int>(type: "integer", nullable: false),
                    FirstAdmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastEntryAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastEntryGateId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastEntryStaffName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LastExitAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Presences", x => x.BadgeId);
                });

            migrationBuilder.CreateTable(
                name: "Scans",
                schema: "checkin",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nonce = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GateId = table.Column<Guid>(type: "uuid", nullable: false),
                    Direction = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BadgeId = table.Column<Guid>(type: "uuid", nullable: true),
                    BadgeType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Sample = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    ScannedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StaffUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Offline = table.Column<bool>(type: "boolean", nullable: false),
                    Conflict = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scans", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Gates_EventId_Name",
                schema: "checkin",
                table: "Gates",
                columns: new[] { "EventId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Presences_EventId_Inside",
                schema: "checkin",
                table: "Presences",
                columns: new[] { "EventId", "Inside" });

            migrationBuilder.CreateIndex(
                name: "IX_Scans_BadgeId",
                schema: "checkin",
                table: "Scans",
                column: "BadgeId");

            migrationBuilder.CreateIndex(
                name: "IX_Scans_EventId_Nonce",
                schema: "checkin",
                table: "Scans",
                columns: new[] { "EventId", "Nonce" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scans_EventId_Result",
                schema: "checkin",
                table: "Scans",
                columns: new[] { "EventId", "Result" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Gates",
                schema: "checkin");

            migrationBuilder.DropTable(
                name: "Presences",
                schema: "checkin");

            migrationBuilder.DropTable(
                name: "Scans",
                schema: "checkin");
        }
    }
}
