using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierMeetups.Web.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddCheckIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "checkin_Gates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkin_Gates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "checkin_Presences",
                columns: table => new
                {
                    BadgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BadgeType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Inside = table.Column<bool>(type: "INTEGER", nullable: false),
                    Entries = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstAdmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastEntryAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastEntryGateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastEntryStaffName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LastExitAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkin_Presences", x => x.BadgeId);
                });

            migrationBuilder.CreateTable(
                name: "checkin_Scans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nonce = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BadgeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BadgeType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Sample = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    ScannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StaffUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Offline = table.Column<bool>(type: "INTEGER", nullable: false),
                    Conflict = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkin_Scans", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_checkin_Gates_EventId_Name",
                table: "checkin_Gates",
                columns: new[] { "EventId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_checkin_Presences_EventId_Inside",
                table: "checkin_Presences",
                columns: new[] { "EventId", "Inside" });

            migrationBuilder.CreateIndex(
                name: "IX_checkin_Scans_BadgeId",
                table: "checkin_Scans",
                column: "BadgeId");

            migrationBuilder.CreateIndex(
                name: "IX_checkin_Scans_EventId_Nonce",
                table: "checkin_Scans",
                columns: new[] { "EventId", "Nonce" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_checkin_Scans_EventId_Result",
                table: "checkin_Scans",
                columns: new[] { "EventId", "Result" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "checkin_Gates");

            migrationBuilder.DropTable(
                name: "checkin_Presences");

            migrationBuilder.DropTable(
                name: "checkin_Scans");
        }
    }
}
