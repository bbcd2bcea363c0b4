using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierMeetups.Web.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Hardening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CancelledAt",
                table: "platform_OutgoingEmails",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "platform_AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TargetType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_AuditEntries_Action_At",
                table: "platform_AuditEntries",
                columns: new[] { "Action", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_AuditEntries_At",
                table: "platform_AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_platform_AuditEntries_EventId_At",
                table: "platform_AuditEntries",
                columns: new[] { "EventId", "At" });

            migrationBuilder.Sql(SupplierMeetups.Web.Platform.Audit.AuditTriggers.SqliteUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SupplierMeetups.Web.Platform.Audit.AuditTriggers.SqliteDown);

            migrationBuilder.DropTable(
                name: "platform_AuditEntries");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "platform_OutgoingEmails");
        }
    }
}
