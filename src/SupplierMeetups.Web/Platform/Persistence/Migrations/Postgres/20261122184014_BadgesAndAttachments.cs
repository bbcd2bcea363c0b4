using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierMeetups.Web.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BadgesAndAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "badges");

            migrationBuilder.AddColumn<string>(
                name: "Attachments",
                schema: "platform",
                table: "OutgoingEmails",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                schema: "platform",
                table: "OutgoingEmails",
                type: "character varying(5)",
                maxLength: 5,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Badges",
                schema: "badges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PersonName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organization = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Booth = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    HolderKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HolderId = table.Column<Guid>(type: "uuid", nullable: false),
                    HolderUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Badges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Badges_EventId_HolderKind_HolderId",
                schema: "badges",
                table: "Badges",
                columns: new[] { "EventId", "HolderKind", "HolderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Badges_HolderUserId",
                schema: "badges",
                table: "Badges",
                column: "HolderUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Badges",
                schema: "badges");

            migrationBuilder.DropColumn(
                name: "Attachments",
                schema: "platform",
                table: "OutgoingEmails");

            migrationBuilder.DropColumn(
                name: "Language",
                schema: "platform",
                table: "OutgoingEmails");
        }
    }
}
